package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.furrow.domain.local.LocalEventSource;
import dev.furrow.domain.run.EventSource;
import dev.furrow.domain.run.RunPattern;
import java.nio.file.Path;

/** Wiring: run folders from a local directory. */
public final class LocalSourceModule extends AbstractModule {

  private final Path root;
  private final RunPattern pattern;

  public LocalSourceModule(Path root, RunPattern pattern) {
    this.root = root;
    this.pattern = pattern;
  }

  @Provides
  @Singleton
  EventSource eventSource() {
    return new LocalEventSource(root, pattern);
  }
}
