package dev.furrow.sinks.parquet;

import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Adapter: streams the rows of one run into {@code part-00000.parquet}, {@code part-00001.parquet},
 * ... in a directory, beginning a new file when one reaches the target size. Only the current row
 * group is held in memory. A run without rows gets one file without rows, so its schema stays
 * readable.
 */
final class ParquetPartWriter {

  /** Metadata key naming the model in each file's footer. */
  static final String MODEL_KEY = "furrow.model";

  /** Metadata key naming the run in each file's footer (the data holds no run id column). */
  static final String RUN_KEY = "furrow.run_id";

  private static final int SIZE_CHECK_ROWS = 128;

  private final FileSystem fileSystem;
  private final Configuration conf;
  private final long targetFileBytes;
  private final long rowGroupBytes;

  ParquetPartWriter(
      FileSystem fileSystem, Configuration conf, long targetFileBytes, int rowGroupBytes) {
    this.fileSystem = fileSystem;
    this.conf = conf;
    this.targetFileBytes = targetFileBytes;
    this.rowGroupBytes = rowGroupBytes;
  }

  /** Writes every row of {@code rows} into {@code directory}; returns how many. */
  long write(Path directory, RunId run, Model model, Iterator<ModelRow> rows) throws IOException {
    Map<String, String> metadata = Map.of(MODEL_KEY, model.name(), RUN_KEY, run.value());
    long count = 0;
    int part = 0;
    do {
      Path file = new Path(directory, String.format("part-%05d.parquet", part++));
      try (ParquetWriter<ModelRow> writer = open(file, model, metadata)) {
        long inFile = 0;
        while (rows.hasNext()) {
          writer.write(rows.next());
          count++;
          if (++inFile % SIZE_CHECK_ROWS == 0 && writer.getDataSize() >= targetFileBytes) {
            break;
          }
        }
      }
    } while (rows.hasNext());
    return count;
  }

  private ParquetWriter<ModelRow> open(Path file, Model model, Map<String, String> metadata)
      throws IOException {
    return new Builder(new FileSystemOutputFile(fileSystem, file), model, metadata)
        .withConf(conf)
        .withWriteMode(ParquetFileWriter.Mode.CREATE)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize(rowGroupBytes)
        .build();
  }

  private static final class Builder extends ParquetWriter.Builder<ModelRow, Builder> {
    private final Model model;
    private final Map<String, String> metadata;

    Builder(FileSystemOutputFile file, Model model, Map<String, String> metadata) {
      super(file);
      this.model = model;
      this.metadata = metadata;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation") // see ModelRowWriteSupport#init: keeps parquet 1.13 working
    protected WriteSupport<ModelRow> getWriteSupport(Configuration configuration) {
      return new ModelRowWriteSupport(model, metadata);
    }
  }
}
