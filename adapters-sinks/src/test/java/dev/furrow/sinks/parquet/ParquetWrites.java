package dev.furrow.sinks.parquet;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.manyRows;

import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.sinks.FileSinkSettings;
import java.util.List;

/** Test fixture: one-shot writes of the fixture model with a new sink of given settings. */
final class ParquetWrites {

  private ParquetWrites() {}

  /** Writes {@code rows} with a new sink of {@code settings}, closing it afterwards. */
  static long write(FileSinkSettings settings, RunId run, List<ModelRow> rows) {
    try (ParquetSink sink = ParquetSink.open(settings)) {
      return sink.write(run, ALL_TYPES, rows.iterator());
    }
  }

  /** Writes {@code count} generated rows with a new sink of {@code settings}. */
  static long write(FileSinkSettings settings, RunId run, int count) {
    try (ParquetSink sink = ParquetSink.open(settings)) {
      return sink.write(run, ALL_TYPES, manyRows(count));
    }
  }
}
