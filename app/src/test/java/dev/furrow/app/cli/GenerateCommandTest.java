package dev.furrow.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path dir;

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void writesRunFolders_deterministicallyForASeed() throws IOException {
    Cli.Result first =
        Cli.run(
            "generate",
            "--out",
            dir.resolve("a").toString(),
            "--runs",
            "2",
            "--events",
            "300",
            "--seed",
            "7");
    Cli.Result second =
        Cli.run(
            "generate",
            "--out",
            dir.resolve("b").toString(),
            "--runs",
            "2",
            "--events",
            "300",
            "--seed",
            "7");

    assertEquals(0, first.exitCode(), first.toString());
    assertEquals(0, second.exitCode(), second.toString());
    List<Path> files = files(dir.resolve("a"));
    assertEquals(
        List.of(
            Path.of("run=2024-05-01-22-30-00/_SUCCESS"),
            Path.of("run=2024-05-01-22-30-00/part-00000.tsv"),
            Path.of("run=2024-05-01-23-30-00/_SUCCESS"),
            Path.of("run=2024-05-01-23-30-00/part-00000.tsv")),
        files);
    assertEquals(files, files(dir.resolve("b")));
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("a").resolve(file)),
          Files.readAllBytes(dir.resolve("b").resolve(file)),
          file.toString());
    }
    long lines = Files.readAllLines(dir.resolve("a").resolve(files.get(1))).size();
    assertEquals(150, lines);
    assertTrue(first.out().contains("Wrote 2 runs, 300 lines"), first.out());
  }

  @Test
  void gzipAndFirstRun_areHonoured() throws IOException {
    Cli.Result result =
        Cli.run(
            "generate",
            "--out",
            dir.toString(),
            "--runs",
            "1",
            "--events",
            "10",
            "--gzip",
            "--first-run",
            "2025-01-02T03:04:05Z");

    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(Files.isRegularFile(dir.resolve("run=2025-01-02-03-04-05/part-00000.tsv.gz")));
  }

  @Test
  void existingRunFolder_isAUsageError_andNotOverwritten() throws IOException {
    Path existing = Files.createDirectories(dir.resolve("run=2024-05-01-22-30-00"));
    Files.writeString(existing.resolve("keep.tsv"), "mine");

    Cli.Result result =
        Cli.run("generate", "--out", dir.toString(), "--runs", "1", "--events", "10");

    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().contains("already exists"), result.err());
    assertEquals("mine", Files.readString(existing.resolve("keep.tsv")));
  }

  @Test
  void missingRequiredOption_isAUsageError() {
    Cli.Result result = Cli.run("generate", "--out", dir.toString(), "--runs", "1");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("--events"), result.err());
  }

  @Test
  void help_explainsEveryOption() {
    Cli.Result result = Cli.run("generate", "--help");

    assertEquals(0, result.exitCode());
    for (String option :
        List.of(
            "--out",
            "--runs",
            "--events",
            "--seed",
            "--gzip",
            "--first-run",
            "--no-duplicates",
            "--no-bad-lines")) {
      assertTrue(result.out().contains(option), option);
    }
  }
}
