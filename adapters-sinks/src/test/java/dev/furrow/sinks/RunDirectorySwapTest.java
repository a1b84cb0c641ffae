package dev.furrow.sinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.run.RunId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging, swap and recovery protocol, with one small text file per version. */
class RunDirectorySwapTest {

  private static final RunId RUN = RunId.of("run=2024-05-01-10-00-00");
  private static final String RUN_DIR = "run_id=run%3D2024-05-01-10-00-00";

  @TempDir Path table;

  private HadoopStorage storage;
  private RunDirectorySwap swap;

  @BeforeEach
  void open() {
    storage = HadoopStorage.open(FileSinkSettings.at(table.toString()));
    swap = new RunDirectorySwap(storage.fileSystem(), storage.root());
  }

  @AfterEach
  void close() {
    storage.close();
  }

  @Test
  void replace_writesIntoAHiddenStagingDirectory_whileReadersStillSeeThePreviousVersion()
      throws IOException {
    write("v1");

    swap.replace(
        RUN,
        staging -> {
          String path = staging.toUri().getPath();
          assertTrue(
              path.startsWith(table.resolve("_furrow").resolve(RUN_DIR) + "/staging-"), path);
          assertEquals("v1", content());
          return null;
        });
  }

  @Test
  void replace_swapsInTheNewVersion_andLeavesNoWorkFiles() throws IOException {
    write("v1");
    write("v2");

    assertEquals("v2", content());
    assertEquals(List.of("_furrow", RUN_DIR), names(table));
    assertEquals(List.of(), names(table.resolve("_furrow")));
  }

  @Test
  void failedWrite_keepsThePreviousVersion_andDeletesItsStagingDirectory() throws IOException {
    write("v1");
    IOException failure = new IOException("disk full");

    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                swap.replace(
                    RUN,
                    staging -> {
                      writeFile(staging, "half");
                      throw failure;
                    }));

    assertSame(failure, thrown);
    assertEquals("v1", content());
    assertEquals(List.of(), names(table.resolve("_furrow").resolve(RUN_DIR)));
  }

  @Test
  void recover_afterAStopBetweenTheTwoRenames_restoresTheNewestOldVersion() throws IOException {
    Path work = Files.createDirectories(table.resolve("_furrow").resolve(RUN_DIR));
    createVersion(work.resolve("old-000000000000001-a"), "older");
    createVersion(work.resolve("old-000000000000002-b"), "committed");
    createVersion(work.resolve("staging-c"), "complete but never swapped in");

    swap.recover(RUN);

    assertEquals("committed", content());
    assertEquals(List.of(), names(work));
  }

  @Test
  void recover_whenTheRunDirectoryExists_deletesEveryLeftover() throws IOException {
    write("v1");
    Path work = Files.createDirectories(table.resolve("_furrow").resolve(RUN_DIR));
    createVersion(work.resolve("old-000000000000001-a"), "deleted late");
    createVersion(work.resolve("staging-b"), "killed writer");

    swap.recover(RUN);

    assertEquals("v1", content());
    assertEquals(List.of(), names(work));
  }

  @Test
  void nextWrite_afterAStopBetweenTheTwoRenames_replacesTheRestoredVersion() throws IOException {
    Path work = Files.createDirectories(table.resolve("_furrow").resolve(RUN_DIR));
    createVersion(work.resolve("old-000000000000001-a"), "committed");

    RuntimeException failure = new IllegalStateException("failed again");
    assertThrows(
        IllegalStateException.class,
        () ->
            swap.replace(
                RUN,
                staging -> {
                  throw failure;
                }));
    assertEquals("committed", content(), "restored even though the next write failed");

    write("v2");
    assertEquals("v2", content());
  }

  @Test
  void recover_ofARunNeverWritten_doesNothing() throws IOException {
    swap.recover(RUN);

    assertEquals(List.of(), names(table));
  }

  private void write(String content) throws IOException {
    swap.replace(
        RUN,
        staging -> {
          writeFile(staging, content);
          return null;
        });
  }

  private void writeFile(org.apache.hadoop.fs.Path directory, String content) throws IOException {
    Files.writeString(Path.of(directory.toUri()).resolve("data.txt"), content);
  }

  private String content() throws IOException {
    return Files.readString(table.resolve(RUN_DIR).resolve("data.txt"), StandardCharsets.UTF_8);
  }

  private static void createVersion(Path directory, String content) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("data.txt"), content);
  }

  private static List<String> names(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
