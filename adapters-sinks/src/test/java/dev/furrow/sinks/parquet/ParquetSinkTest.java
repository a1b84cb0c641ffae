package dev.furrow.sinks.parquet;

import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sink.Sink;
import dev.furrow.domain.sink.SinkContract;
import dev.furrow.sinks.FileSinkSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink contract on the local file system, read back with parquet-hadoop's example reader. The
 * sizes are small so the contract's larger writes span several files and row groups.
 */
class ParquetSinkTest extends SinkContract {

  @TempDir Path root;

  private ParquetSink parquet;

  @Override
  protected Sink newSink() {
    parquet = ParquetSink.open(FileSinkSettings.at(root.toString()).withSizes(96 << 10, 32 << 10));
    return parquet;
  }

  @AfterEach
  void closeSink() {
    parquet.close();
  }

  @Override
  protected List<ModelRow> readBack(RunId run, Model model) {
    return ParquetFiles.readDirectory(ParquetFiles.runDirectory(root, model, run), model);
  }

  @Override
  protected Optional<Map<RunId, List<ModelRow>>> readAll(Model model) {
    return Optional.of(ParquetFiles.readAll(root, model));
  }
}
