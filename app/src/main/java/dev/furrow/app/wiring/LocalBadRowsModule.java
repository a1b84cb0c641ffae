package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.furrow.domain.sink.BadRowSink;
import dev.furrow.sinks.FileSinkSettings;
import dev.furrow.sinks.badrows.LocalBadRowSink;
import java.nio.file.Path;

/** Wiring: bad rows as JSON lines under {@code furrow.bad-rows.path}. */
public final class LocalBadRowsModule extends AbstractModule {

  private final Path root;

  public LocalBadRowsModule(Path root) {
    this.root = root;
  }

  @Provides
  @Singleton
  BadRowSink badRowSink(ResourceCloser closer) {
    LocalBadRowSink sink =
        LocalBadRowSink.open(FileSinkSettings.at(root.toAbsolutePath().toString()));
    closer.register("bad-row sink", sink);
    return sink;
  }
}
