package dev.furrow.app.wiring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import dev.furrow.app.config.FurrowSettings;
import dev.furrow.domain.job.JobListener;
import dev.furrow.domain.job.RunJob;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.run.EventSource;
import dev.furrow.domain.run.RunManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Composition root: the injector of one command, created once from the settings, and the resources
 * it opened, closed by {@link #close()}. Objects are created when first asked for, so a command
 * that needs no Spark never starts it.
 */
public final class FurrowApp implements AutoCloseable {

  private final Injector injector;
  private final ResourceCloser closer;

  private FurrowApp(Injector injector, ResourceCloser closer) {
    this.injector = injector;
    this.closer = closer;
  }

  /** Wires the adapters chosen by {@code settings}; progress goes to {@code listener}. */
  public static FurrowApp create(FurrowSettings settings, JobListener listener) {
    ResourceCloser closer = new ResourceCloser();
    List<Module> modules = new ArrayList<>(FurrowModules.forSettings(settings));
    modules.add(new JobModule(listener, closer));
    return new FurrowApp(Guice.createInjector(modules), closer);
  }

  public RunJob runJob() {
    return get(Key.get(RunJob.class));
  }

  public List<Model> models() {
    return get(Key.get(new TypeLiteral<List<Model>>() {}));
  }

  public EventSource source() {
    return get(Key.get(EventSource.class));
  }

  public RunManifest manifest() {
    return get(Key.get(RunManifest.class));
  }

  /**
   * Runs every adapter's start-up check (for the PostgreSQL sink: connect, create or check each
   * model's table and view), so that a command fails before it leases or writes anything when an
   * adapter cannot work. Does I/O; a dry run should not call it.
   */
  public void checkAdapters() {
    get(Key.get(new TypeLiteral<Set<StartupCheck>>() {})).forEach(StartupCheck::run);
  }

  /** An instance; a failure inside a provider surfaces as itself, not wrapped by Guice. */
  private <T> T get(Key<T> key) {
    try {
      return injector.getInstance(key);
    } catch (ProvisionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Closes what the wiring opened (the SparkSession, if this command created one). */
  @Override
  public void close() {
    closer.close();
  }
}
