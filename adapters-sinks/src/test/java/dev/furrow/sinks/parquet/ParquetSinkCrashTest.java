package dev.furrow.sinks.parquet;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.RUN_B;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.domain.sink.SinkFixtures.failingAfter;
import static dev.furrow.domain.sink.SinkFixtures.manyRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.sinks.FileSinkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the Parquet sink: writes that fail after some rows, and the directories a killed
 * writer leaves behind (built here as a killed process leaves them; {@code ParquetSinkKillIT} kills
 * a real one).
 */
class ParquetSinkCrashTest {

  private static final String WORK = "_furrow";

  @TempDir Path root;
  @TempDir Path scratch;

  private ParquetSink sink;

  @BeforeEach
  void open() {
    sink = ParquetSink.open(settings(root));
  }

  @AfterEach
  void close() {
    sink.close();
  }

  @Test
  void writeFailingInItsThirdFile_showsNoPartialRun_andKeepsThePreviousVersion() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    List<Path> committed = ParquetFiles.visibleFiles(root, ALL_TYPES);
    AtomicInteger stagedFilesAtFailure = new AtomicInteger(-1);
    RuntimeException failure = new IllegalStateException("writer failed after 50000 rows");
    Iterator<ModelRow> rows =
        new CountingFailure(
            failingAfter(manyRows(100_000), 50_000, failure),
            50_000,
            () -> {
              stagedFilesAtFailure.set(stagedParquetFiles(RUN_A).size());
              assertEquals(
                  committed, ParquetFiles.visibleFiles(root, ALL_TYPES), "during the write");
            });

    assertThrows(IllegalStateException.class, () -> sink.write(RUN_A, ALL_TYPES, rows));

    assertTrue(stagedFilesAtFailure.get() >= 3, "staged files: " + stagedFilesAtFailure);
    assertEquals(committed, ParquetFiles.visibleFiles(root, ALL_TYPES));
    assertSameRows(VARIED, readRun(RUN_A));
    assertEquals(List.of(), stagedParquetFiles(RUN_A));
  }

  @Test
  void firstWriteOfARunFailing_leavesNoRunDirectory() {
    RuntimeException failure = new IllegalStateException("failed");

    assertThrows(
        IllegalStateException.class,
        () -> sink.write(RUN_A, ALL_TYPES, failingAfter(manyRows(10_000), 9_000, failure)));

    assertFalse(Files.exists(ParquetFiles.runDirectory(root, ALL_TYPES, RUN_A)));
    assertEquals(List.of(), ParquetFiles.visibleFiles(root, ALL_TYPES));
  }

  @Test
  void stagingLeftByAKilledWriter_isIgnoredByReaders_andDeletedByTheNextWriteOfThatRun()
      throws IOException {
    sink.write(RUN_A, ALL_TYPES, VARIED.subList(0, 2).iterator());
    Path leftover = work(RUN_A).resolve("staging-0b0e6d1c-killed");
    stageCompleteVersion(RUN_A, VARIED, leftover);
    List<Path> committed = ParquetFiles.visibleFiles(root, ALL_TYPES);

    assertEquals(1, committed.size(), "the leftover is not visible: " + committed);
    assertSameRows(VARIED.subList(0, 2), readRun(RUN_A));
    assertEquals(List.of(RUN_A), List.copyOf(ParquetFiles.readAll(root, ALL_TYPES).keySet()));

    sink.write(RUN_B, ALL_TYPES, VARIED.iterator());
    assertTrue(Files.exists(leftover), "another run's write leaves it alone");

    sink.write(RUN_A, ALL_TYPES, VARIED.subList(2, 3).iterator());
    assertFalse(Files.exists(leftover));
    assertSameRows(VARIED.subList(2, 3), readRun(RUN_A));
  }

  @Test
  void writerStoppedBetweenTheTwoRenames_isRecoveredByTheNextWriteOfThatRun() throws IOException {
    sink.write(RUN_A, ALL_TYPES, VARIED.subList(0, 2).iterator());
    Path live = ParquetFiles.runDirectory(root, ALL_TYPES, RUN_A);
    Files.createDirectories(work(RUN_A));
    Files.move(live, work(RUN_A).resolve("old-000001714550400000-moved-aside"));
    stageCompleteVersion(RUN_A, VARIED, work(RUN_A).resolve("staging-never-swapped-in"));
    assertEquals(List.of(), readRun(RUN_A), "the run is missing until the next write");

    RuntimeException failure = new IllegalStateException("failed again");
    assertThrows(
        IllegalStateException.class,
        () -> sink.write(RUN_A, ALL_TYPES, failingAfter(VARIED.iterator(), 1, failure)));
    assertSameRows(VARIED.subList(0, 2), readRun(RUN_A));

    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    assertSameRows(VARIED, readRun(RUN_A));
    assertEquals(List.of(), list(work(RUN_A)));
  }

  private List<ModelRow> readRun(RunId run) {
    return ParquetFiles.readDirectory(ParquetFiles.runDirectory(root, ALL_TYPES, run), ALL_TYPES);
  }

  private Path work(RunId run) {
    return root.resolve(ALL_TYPES.name())
        .resolve(WORK)
        .resolve(ParquetFiles.runDirectory(root, ALL_TYPES, run).getFileName());
  }

  private List<Path> stagedParquetFiles(RunId run) {
    Path work = work(run);
    if (!Files.isDirectory(work)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(work)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Writes {@code rows} with another sink elsewhere and moves its run directory to {@code to}. */
  private void stageCompleteVersion(RunId run, List<ModelRow> rows, Path to) throws IOException {
    try (ParquetSink other = ParquetSink.open(settings(scratch))) {
      other.write(run, ALL_TYPES, rows.iterator());
    }
    Files.createDirectories(to.getParent());
    Files.move(ParquetFiles.runDirectory(scratch, ALL_TYPES, run), to);
  }

  private static List<Path> list(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  private static FileSinkSettings settings(Path root) {
    return FileSinkSettings.at(root.toString()).withSizes(128 << 10, 32 << 10);
  }

  /** Runs {@code check} just before the row at {@code at} is asked for. */
  private static final class CountingFailure implements Iterator<ModelRow> {
    private final Iterator<ModelRow> rows;
    private final int at;
    private final Runnable check;
    private int returned;

    CountingFailure(Iterator<ModelRow> rows, int at, Runnable check) {
      this.rows = rows;
      this.at = at;
      this.check = check;
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public ModelRow next() {
      if (returned == at) {
        check.run();
      }
      returned++;
      return rows.next();
    }
  }
}
