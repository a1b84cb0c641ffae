package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.furrow.domain.sink.Sink;
import dev.furrow.sinks.FileSinkSettings;
import dev.furrow.sinks.parquet.ParquetSink;
import java.nio.file.Path;

/** Wiring: model rows to Parquet files under {@code furrow.parquet.path}. */
public final class ParquetSinkModule extends AbstractModule {

  private final Path root;

  public ParquetSinkModule(Path root) {
    this.root = root;
  }

  @Provides
  @Singleton
  ParquetSink parquetSink(ResourceCloser closer) {
    ParquetSink sink = ParquetSink.open(FileSinkSettings.at(root.toAbsolutePath().toString()));
    closer.register("Parquet sink", sink);
    return sink;
  }

  @ProvidesIntoSet
  Sink asSink(ParquetSink sink) {
    return sink;
  }
}
