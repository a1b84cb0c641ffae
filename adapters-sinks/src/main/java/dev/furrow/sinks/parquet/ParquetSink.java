package dev.furrow.sinks.parquet;

import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sink.Sink;
import dev.furrow.sinks.FileSinkSettings;
import dev.furrow.sinks.HadoopStorage;
import dev.furrow.sinks.RunDirectorySwap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: a {@link Sink} writing each model's rows as SNAPPY-compressed Parquet files, one
 * Hive-style partition directory per run, through a Hadoop file system (local, HDFS, or {@code
 * s3a://} with hadoop-aws on the classpath):
 *
 * <pre>
 * &lt;root&gt;/&lt;model&gt;/run_id=&lt;run id&gt;/part-00000.parquet, part-00001.parquet, ...
 * </pre>
 *
 * <p>Readers: DuckDB {@code read_parquet('<root>/<model>/*}{@code /*.parquet', hive_partitioning =
 * true)} and Spark {@code spark.read().parquet("<root>/<model>")} both see the model's columns plus
 * a {@code run_id} column taken from the directory name. The files hold no {@code run_id} column of
 * their own (it would clash with the partition column). The run id is escaped as Spark escapes
 * partition values ({@code run=...} becomes {@code run%3D...}); both readers unescape it. Both
 * readers infer the partition column's type, so run ids that look like numbers or dates are read as
 * such (in Spark unless {@code spark.sql.sources.partitionColumnTypeInference.enabled} is false);
 * Snowplow's {@code run=yyyy-MM-dd-HH-mm-ss} ids are read as strings.
 *
 * <p>Column types: STRING → BINARY (UTF8), INT → INT32, LONG → INT64, DOUBLE, BOOLEAN, DATE → INT32
 * (DATE), TIMESTAMP → INT64 (TIMESTAMP, UTC-adjusted, MICROS); every column is OPTIONAL.
 *
 * <p>Writes are atomic per run as described in {@link RunDirectorySwap}: files are written to a
 * hidden staging directory and swapped in; a failed or killed write leaves the previous version.
 */
public final class ParquetSink implements Sink, AutoCloseable {

  /** The name of this sink in configuration. */
  public static final String NAME = "parquet";

  private static final Logger LOG = LoggerFactory.getLogger(ParquetSink.class);

  private final HadoopStorage storage;
  private final ParquetPartWriter partWriter;

  private ParquetSink(HadoopStorage storage, FileSinkSettings settings) {
    this.storage = storage;
    this.partWriter =
        new ParquetPartWriter(
            storage.fileSystem(),
            storage.conf(),
            settings.targetFileBytes(),
            settings.rowGroupBytes());
  }

  /** A sink writing under {@code settings.root()}; close it to release its file system. */
  public static ParquetSink open(FileSinkSettings settings) {
    return new ParquetSink(HadoopStorage.open(settings), settings);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * {@inheritDoc}
   *
   * @throws UncheckedIOException when the file system fails; the run then keeps its previous files
   * @throws IllegalArgumentException when a row does not fit the model's columns (same guarantee)
   */
  @Override
  public long write(RunId runId, Model model, Iterator<ModelRow> rows) {
    Path table = new Path(storage.root(), model.name());
    RunDirectorySwap swap = new RunDirectorySwap(storage.fileSystem(), table);
    long started = System.nanoTime();
    try {
      long count = swap.replace(runId, staging -> partWriter.write(staging, runId, model, rows));
      LOG.info(
          "Wrote {} rows of model {} for {} to {} in {} ms",
          count,
          model.name(),
          runId,
          swap.runDirectory(runId),
          (System.nanoTime() - started) / 1_000_000);
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write " + runId + " of model " + model.name() + " under " + table, e);
    }
  }

  /** The directory holding the files of {@code model} for {@code runId}. */
  public String runDirectory(Model model, RunId runId) {
    return new RunDirectorySwap(storage.fileSystem(), new Path(storage.root(), model.name()))
        .runDirectory(runId)
        .toString();
  }

  @Override
  public void close() {
    storage.close();
  }
}
