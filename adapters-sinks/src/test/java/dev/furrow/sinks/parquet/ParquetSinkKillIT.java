package dev.furrow.sinks.parquet;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.domain.sink.SinkFixtures.manyRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ModelRow;
import dev.furrow.sinks.FileSinkSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process killed (SIGKILL) in the middle of a write: readers keep seeing the previous
 * version, and the next write of that run cleans up what the killed process left.
 */
class ParquetSinkKillIT {

  private static final int ROWS_BEFORE_STALL = 60_000;

  @TempDir Path root;

  @Test
  @Timeout(120)
  void writerKilledMidWrite_leavesThePreviousVersionVisible_andTheNextWriteCleansUp()
      throws Exception {
    try (ParquetSink sink = ParquetSink.open(settings(root))) {
      sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    }
    List<Path> committed = ParquetFiles.visibleFiles(root, ALL_TYPES);

    Process writer = startStallingWriter();
    try {
      awaitLine(writer, "STALLED");
      List<Path> staged = parquetFilesUnder(root.resolve("sink_contract_all_types/_furrow"));
      assertTrue(staged.size() >= 3, "the killed writer had written files: " + staged);
    } finally {
      writer.destroyForcibly();
      assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "writer stopped");
    }

    assertEquals(committed, ParquetFiles.visibleFiles(root, ALL_TYPES));
    assertSameRows(VARIED, readRun());
    try (ParquetSink sink = ParquetSink.open(settings(root))) {
      sink.write(RUN_A, ALL_TYPES, VARIED.subList(0, 2).iterator());
    }
    assertSameRows(VARIED.subList(0, 2), readRun());
    assertEquals(List.of(), parquetFilesUnder(root.resolve("sink_contract_all_types/_furrow")));
  }

  /** The body of the killed process: writes many rows of a run, then stalls inside the write. */
  public static void main(String[] args) {
    Iterator<ModelRow> rows = manyRows(Integer.MAX_VALUE);
    Iterator<ModelRow> stalling =
        new Iterator<>() {
          private int returned;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public ModelRow next() {
            if (returned++ == ROWS_BEFORE_STALL) {
              System.out.println("STALLED");
              System.out.flush();
              sleepForever();
            }
            return rows.next();
          }
        };
    try (ParquetSink sink = ParquetSink.open(settings(Path.of(args[0])))) {
      sink.write(RUN_A, ALL_TYPES, stalling);
    }
  }

  private Process startStallingWriter() throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(), "-cp", classpath, ParquetSinkKillIT.class.getName(), root.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static void awaitLine(Process process, String expected) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.equals(expected)) {
        return;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("The writer ended without printing " + expected + ":\n" + seen);
  }

  private List<ModelRow> readRun() {
    return ParquetFiles.readDirectory(ParquetFiles.runDirectory(root, ALL_TYPES, RUN_A), ALL_TYPES);
  }

  private static List<Path> parquetFilesUnder(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
  }

  private static FileSinkSettings settings(Path root) {
    return FileSinkSettings.at(root.toString()).withSizes(128 << 10, 32 << 10);
  }

  private static void sleepForever() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
