package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import dev.furrow.domain.job.JobListener;
import dev.furrow.domain.job.ModelEngine;
import dev.furrow.domain.job.RunJob;
import dev.furrow.domain.run.EventSource;
import dev.furrow.domain.run.RunManifest;
import dev.furrow.domain.sink.BadRowSink;
import dev.furrow.domain.sink.Sink;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Wiring: the job use case over whichever adapters the other modules bound. */
final class JobModule extends AbstractModule {

  private final JobListener listener;
  private final ResourceCloser closer;

  JobModule(JobListener listener, ResourceCloser closer) {
    this.listener = listener;
    this.closer = closer;
  }

  @Override
  protected void configure() {
    bind(ResourceCloser.class).toInstance(closer);
    bind(JobListener.class).toInstance(listener);
    bind(Clock.class).toInstance(Clock.systemUTC());
    Multibinder.newSetBinder(binder(), Sink.class);
  }

  @Provides
  RunJob runJob(
      EventSource source,
      RunManifest manifest,
      Provider<ModelEngine> engine,
      Set<Sink> sinks,
      BadRowSink badRows,
      JobListener listener,
      Clock clock) {
    // Multibinder keeps binding order, which is the configured order of furrow.sinks.
    return new RunJob(
        source,
        manifest,
        new DeferredModelEngine(engine),
        List.copyOf(sinks),
        badRows,
        listener,
        clock);
  }
}
