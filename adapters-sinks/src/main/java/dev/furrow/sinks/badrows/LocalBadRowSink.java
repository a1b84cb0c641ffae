package dev.furrow.sinks.badrows;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sink.BadRowSink;
import dev.furrow.sinks.FileSinkSettings;
import dev.furrow.sinks.HadoopStorage;
import dev.furrow.sinks.RunDirectorySwap;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: a {@link BadRowSink} writing JSON lines ({@link BadRow#toJson()}, UTF-8, one bad row a
 * line) through a Hadoop file system (local, HDFS, or {@code s3a://} with hadoop-aws):
 *
 * <pre>
 * &lt;root&gt;/run_id=&lt;run id&gt;/part-00000.json, part-00001.json, ...
 * </pre>
 *
 * <p>A new part file begins when one reaches the target size. Writes are atomic per run as
 * described in {@link RunDirectorySwap}; a run without bad rows gets one empty file. Spark's {@code
 * spark.read().json(root)} reads the {@code run_id} partition column as for the Parquet sink.
 */
public final class LocalBadRowSink implements BadRowSink, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalBadRowSink.class);
  private static final int BUFFER_BYTES = 64 << 10;

  private final HadoopStorage storage;
  private final RunDirectorySwap swap;
  private final long targetFileBytes;

  private LocalBadRowSink(HadoopStorage storage, long targetFileBytes) {
    this.storage = storage;
    this.swap = new RunDirectorySwap(storage.fileSystem(), storage.root());
    this.targetFileBytes = targetFileBytes;
  }

  /** A sink writing under {@code settings.root()}; close it to release its file system. */
  public static LocalBadRowSink open(FileSinkSettings settings) {
    return new LocalBadRowSink(HadoopStorage.open(settings), settings.targetFileBytes());
  }

  /**
   * {@inheritDoc}
   *
   * @throws UncheckedIOException when the file system fails; the run then keeps its previous files
   */
  @Override
  public long write(RunId runId, Iterator<BadRow> rows) {
    try {
      long count = swap.replace(runId, staging -> writeParts(staging, rows));
      LOG.info("Wrote {} bad rows for {} to {}", count, runId, swap.runDirectory(runId));
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the bad rows of " + runId + " under " + storage.root(), e);
    }
  }

  /** The directory holding the bad rows of {@code runId}. */
  public String runDirectory(RunId runId) {
    return swap.runDirectory(runId).toString();
  }

  private long writeParts(Path directory, Iterator<BadRow> rows) throws IOException {
    long count = 0;
    int part = 0;
    do {
      Path file = new Path(directory, String.format("part-%05d.json", part++));
      try (OutputStream out =
          new BufferedOutputStream(storage.fileSystem().create(file, false), BUFFER_BYTES)) {
        long bytes = 0;
        while (rows.hasNext() && bytes < targetFileBytes) {
          byte[] line = (rows.next().toJson() + "\n").getBytes(StandardCharsets.UTF_8);
          out.write(line);
          bytes += line.length;
          count++;
        }
      }
    } while (rows.hasNext());
    return count;
  }

  @Override
  public void close() {
    storage.close();
  }
}
