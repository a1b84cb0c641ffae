package dev.furrow.sinks;

import dev.furrow.domain.run.RunId;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter support: replaces the directory of one run under a table directory {@code T} so that
 * readers see either the previous version or the complete new one, never a mix.
 *
 * <pre>
 * T/run_id=&lt;run&gt;/                            committed files of a run: what readers read
 * T/_furrow/run_id=&lt;run&gt;/staging-&lt;uuid&gt;/       a version being written
 * T/_furrow/run_id=&lt;run&gt;/old-&lt;millis&gt;-&lt;uuid&gt;/  the previous version, during the swap
 * </pre>
 *
 * <p>The work directory {@code _furrow} starts with {@code _} and holds no {@code =}, so Spark's
 * file index skips it, and its files sit two levels below the run directories' files, so the {@code
 * T/*}{@code /*.parquet} glob that DuckDB readers use does not reach them. (A sibling named {@code
 * T/_tmp-run_id=...} would not be hidden: Spark keeps {@code _} names that hold {@code =} and fails
 * on the mismatched partition name, and DuckDB globs do not skip hidden names.)
 *
 * <p>{@link #replace} writes the new version into a staging directory, renames the run directory
 * aside to {@code old-*}, renames the staging directory to the run directory, then deletes the old
 * version. If the write fails, the staging directory is deleted and the run is untouched.
 *
 * <p><b>Recovery rule</b>, applied by {@link #recover} at the start of every write of that run: if
 * the run directory is missing while an {@code old-*} directory exists, a writer stopped between
 * the two renames, and the newest {@code old-*} is the last committed version: it is renamed back.
 * Every other leftover ({@code staging-*} of killed writers, {@code old-*} not deleted) is deleted.
 *
 * <p>Assumes one writer per run at a time (the run manifest's lease gives that); different runs may
 * be written concurrently. The swap is atomic where directory rename is (local file systems, HDFS);
 * between the two renames the run is briefly absent. On object stores (s3a) a rename copies then
 * deletes, so a reader listing during the swap may see part of a run, and a crash during the rename
 * can leave a partial run visible until the next write of that run replaces it.
 */
public final class RunDirectorySwap {

  /** The name of the hidden work directory in each table directory. */
  public static final String WORK_DIRECTORY = "_furrow";

  private static final Logger LOG = LoggerFactory.getLogger(RunDirectorySwap.class);
  private static final String STAGING = "staging-";
  private static final String OLD = "old-";

  private final FileSystem fileSystem;
  private final Path table;

  /** A swap over the run directories directly under {@code table}. */
  public RunDirectorySwap(FileSystem fileSystem, Path table) {
    this.fileSystem = fileSystem;
    this.table = table;
  }

  /** Writes the files of one version of a run into a directory that does not exist for readers. */
  @FunctionalInterface
  public interface StagedWrite<T> {
    T writeInto(Path stagingDirectory) throws IOException;
  }

  /** The directory readers read the files of {@code run} from. */
  public Path runDirectory(RunId run) {
    return new Path(table, PartitionNames.runDirectory(run));
  }

  /**
   * Replaces the files of {@code run} with those {@code write} puts into a fresh staging directory.
   * When {@code write} throws, the run keeps its previous files and the exception propagates.
   */
  public <T> T replace(RunId run, StagedWrite<T> write) throws IOException {
    recover(run);
    Path work = workDirectory(run);
    Path staging = new Path(work, STAGING + UUID.randomUUID());
    if (!fileSystem.mkdirs(staging)) {
      throw new IOException("Cannot create " + staging);
    }
    T result;
    try {
      result = write.writeInto(staging);
    } catch (Throwable failure) {
      deleteQuietly(staging, failure);
      deleteIfEmpty(work);
      throw failure;
    }
    swapIn(staging, runDirectory(run), work);
    return result;
  }

  /** Applies the recovery rule (see the class comment) to the leftovers of {@code run}. */
  public void recover(RunId run) throws IOException {
    Path work = workDirectory(run);
    List<Path> leftovers = new ArrayList<>();
    try {
      for (FileStatus status : fileSystem.listStatus(work)) {
        leftovers.add(status.getPath());
      }
    } catch (FileNotFoundException e) {
      return;
    }
    Path live = runDirectory(run);
    Path newestOld =
        leftovers.stream()
            .filter(p -> p.getName().startsWith(OLD))
            .max(Comparator.comparing(Path::getName))
            .orElse(null);
    if (newestOld != null && !fileSystem.exists(live)) {
      LOG.warn("Restoring {} from {}: a write stopped in the middle of its swap", live, newestOld);
      rename(newestOld, live);
      leftovers.remove(newestOld);
    }
    for (Path leftover : leftovers) {
      LOG.info("Deleting {}, left over by an earlier write", leftover);
      fileSystem.delete(leftover, true);
    }
  }

  private void swapIn(Path staging, Path live, Path work) throws IOException {
    Path old = null;
    if (fileSystem.exists(live)) {
      old = new Path(work, String.format("%s%015d-%s", OLD, System.currentTimeMillis(), uuid()));
      rename(live, old);
    }
    try {
      rename(staging, live);
    } catch (IOException | RuntimeException failure) {
      if (old != null) {
        try {
          rename(old, live);
        } catch (IOException | RuntimeException restore) {
          failure.addSuppressed(restore);
        }
      }
      deleteQuietly(staging, failure);
      throw failure;
    }
    if (old != null) {
      deleteQuietly(old, null);
    }
    deleteIfEmpty(work);
  }

  /** Deletes an empty work directory; keeps it when it is not empty or cannot be deleted. */
  private void deleteIfEmpty(Path work) {
    try {
      fileSystem.delete(work, false);
    } catch (IOException e) {
      LOG.debug("Keeping {}: {}", work, e.toString());
    }
  }

  private Path workDirectory(RunId run) {
    return new Path(new Path(table, WORK_DIRECTORY), PartitionNames.runDirectory(run));
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fileSystem.rename(from, to)) {
      throw new IOException("Cannot rename " + from + " to " + to);
    }
  }

  private void deleteQuietly(Path path, Throwable cause) {
    try {
      fileSystem.delete(path, true);
    } catch (IOException | RuntimeException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
      LOG.warn("Cannot delete {} (the next write of this run will): {}", path, e.toString());
    }
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }
}
