package dev.furrow.domain.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunPattern;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEventSourceTest {

  @TempDir Path root;

  private Path runDir(String name) throws IOException {
    return Files.createDirectories(root.resolve(name));
  }

  private static List<String> ids(List<RunFolder> runs) {
    return runs.stream().map(r -> r.id().value()).toList();
  }

  @Test
  void listsMatchingRunFolders_sortedByRunId() throws IOException {
    runDir("run=2024-05-02-00-30-00");
    runDir("run=2024-05-01-22-30-00");
    runDir("run=2024-05-01-23-30-00");
    runDir("archive");

    List<RunFolder> runs = LocalEventSource.of(root.toString()).listRuns();

    assertEquals(
        List.of("run=2024-05-01-22-30-00", "run=2024-05-01-23-30-00", "run=2024-05-02-00-30-00"),
        ids(runs));
    assertEquals(root.resolve("run=2024-05-01-22-30-00").toUri(), runs.get(0).location());
  }

  @Test
  void ignoresHiddenEntries_andPlainFiles() throws IOException {
    runDir("run=2024-05-01-10-00-00");
    runDir(".run=2024-05-01-11-00-00");
    runDir("_temporary");
    Files.writeString(root.resolve("run=2024-05-01-12-00-00"), "a file, not a folder");

    LocalEventSource source = new LocalEventSource(root, RunPattern.of("*"));

    assertEquals(List.of("run=2024-05-01-10-00-00"), ids(source.listRuns()));
  }

  @Test
  void customPattern_selectsFolders() throws IOException {
    runDir("run=2024-05-01-10-00-00");
    runDir("run=2024-06-01-10-00-00");
    runDir("batch-7");

    assertEquals(
        List.of("run=2024-06-01-10-00-00"),
        ids(LocalEventSource.of(root.toString(), RunPattern.of("run=2024-06-*")).listRuns()));
    assertEquals(
        List.of("batch-7"),
        ids(LocalEventSource.of(root.toString(), RunPattern.of("batch-?")).listRuns()));
  }

  @Test
  void acceptsFileUris() throws IOException {
    runDir("run=2024-05-01-10-00-00");

    LocalEventSource source = LocalEventSource.of(root.toUri().toString());

    assertEquals(root.toAbsolutePath().normalize(), source.root());
    assertEquals(List.of("run=2024-05-01-10-00-00"), ids(source.listRuns()));
  }

  @Test
  void missingRoot_failsNamingIt() {
    Path missing = root.resolve("nowhere");

    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class, () -> LocalEventSource.of(missing.toString()).listRuns());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void rootThatIsAFile_failsNamingIt() throws IOException {
    Path file = Files.writeString(root.resolve("file"), "x");

    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class, () -> LocalEventSource.of(file.toString()).listRuns());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void unreadableRoot_failsNamingIt() throws IOException {
    Path locked = runDir("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
      UncheckedIOException e =
          assertThrows(
              UncheckedIOException.class, () -> LocalEventSource.of(locked.toString()).listRuns());
      assertTrue(e.getMessage().contains(locked.toString()), e.getMessage());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void nonLocalUris_areRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LocalEventSource.of("s3://bucket/x"));
    assertTrue(e.getMessage().contains("s3://bucket/x"));
  }

  @Test
  void dataFiles_areFoundRecursively_skippingHiddenFilesAndMarkers() throws IOException {
    Path run = runDir("run=2024-05-01-10-00-00");
    Files.writeString(run.resolve("part-00001.tsv"), "b\n");
    Files.writeString(run.resolve("part-00000.tsv"), "a\n");
    Files.writeString(run.resolve("_SUCCESS"), "");
    Files.writeString(run.resolve(".part-00000.tsv.crc"), "crc");
    Files.createDirectories(run.resolve("sub"));
    Files.writeString(run.resolve("sub/part-00002.tsv"), "c\n");
    Files.createDirectories(run.resolve("_temporary/0"));
    Files.writeString(run.resolve("_temporary/0/part-00009.tsv"), "half-written\n");

    List<Path> files = LocalRunFiles.dataFiles(run);

    assertEquals(
        List.of(
            run.resolve("part-00000.tsv"),
            run.resolve("part-00001.tsv"),
            run.resolve("sub/part-00002.tsv")),
        files);
  }

  @Test
  void lines_readPlainAndGzipFiles_inFileOrder() throws IOException {
    Path run = runDir("run=2024-05-01-10-00-00");
    Files.writeString(run.resolve("part-00000.tsv"), "one\ttab\r\ntwo\n");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(run.resolve("part-00001.tsv.gz")))) {
      out.write("three ü\nfour".getBytes(StandardCharsets.UTF_8));
    }
    RunFolder folder = new RunFolder(RunId.of("run=2024-05-01-10-00-00"), run.toUri());

    try (Stream<String> lines = LocalRunFiles.lines(folder)) {
      assertEquals(List.of("one\ttab", "two", "three ü", "four"), lines.toList());
    }
  }

  @Test
  void invalidUtf8_isReplaced_notFatal() throws IOException {
    Path file = root.resolve("part-00000.tsv");
    Files.write(file, new byte[] {'a', (byte) 0xC3, '\n', 'b', '\n'});

    try (Stream<String> lines = LocalRunFiles.lines(file)) {
      assertEquals(List.of("a\uFFFD", "b"), lines.toList());
    }
  }

  @Test
  void truncatedGzip_failsNamingTheFile() throws IOException {
    Path file = root.resolve("part-00000.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("x".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> {
              try (Stream<String> lines = LocalRunFiles.lines(file)) {
                lines.count();
              }
            });
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void otherCompressionFormats_failInsteadOfYieldingGarbage() throws IOException {
    Path run = runDir("run=2024-05-01-10-00-00");
    Files.write(run.resolve("part-00000.tsv.bz2"), new byte[] {'B', 'Z', 'h'});

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LocalRunFiles.dataFiles(run));
    assertTrue(e.getMessage().contains("part-00000.tsv.bz2"), e.getMessage());
  }

  @Test
  void missingRunFolder_failsNamingIt() {
    Path missing = root.resolve("run=2024-05-01-10-00-00");

    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> LocalRunFiles.dataFiles(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}
