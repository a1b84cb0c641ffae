package dev.furrow.sinks.badrows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.event.ParsingError;
import dev.furrow.domain.run.RunId;
import dev.furrow.sinks.FileSinkSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBadRowSinkTest {

  private static final RunId RUN_A = RunId.of("run=2024-05-01-09-00-00");
  private static final RunId RUN_B = RunId.of("run=2024-05-01-10-00-00");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<BadRow> BAD =
      List.of(
          new BadRow("", ParsingError.NOT_TSV),
          new BadRow("a\tb\tZürich 🌍 \"q\"", new ParsingError.FieldNumberMismatch(3)),
          new BadRow(
              "x\ty",
              new ParsingError.RowDecodingError(
                  List.of(
                      new ParsingError.InvalidValue(
                          "txn_id", "abc", "Cannot parse key txn_id into integer")))));

  @TempDir Path root;

  private LocalBadRowSink sink;

  @BeforeEach
  void open() {
    sink = LocalBadRowSink.open(FileSinkSettings.at(root.toString()));
  }

  @AfterEach
  void close() {
    sink.close();
  }

  @Test
  void write_putsOneJsonLinePerBadRow_inTheEscapedRunDirectory() throws IOException {
    long written = sink.write(RUN_A, BAD.iterator());

    assertEquals(3, written);
    Path file = runDirectory(RUN_A).resolve("part-00000.json");
    assertEquals(List.of(file), files(runDirectory(RUN_A)));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(BAD.stream().map(BadRow::toJson).toList(), lines);
    for (int i = 0; i < BAD.size(); i++) {
      JsonNode node = JSON.readTree(lines.get(i));
      assertEquals(BAD.get(i).line(), node.get("line").asText());
    }
    assertEquals("RowDecodingError", JSON.readTree(lines.get(2)).get("error").get("type").asText());
  }

  @Test
  void rewrittenRun_isReplaced_andOtherRunsAreKept() throws IOException {
    sink.write(RUN_A, BAD.iterator());
    sink.write(RUN_B, BAD.iterator());

    sink.write(RUN_A, BAD.subList(1, 2).iterator());

    assertEquals(List.of(BAD.get(1).toJson()), lines(RUN_A));
    assertEquals(3, lines(RUN_B).size());
  }

  @Test
  void emptyRewrite_removesThePreviousBadRows() throws IOException {
    sink.write(RUN_A, BAD.iterator());

    long written = sink.write(RUN_A, Collections.emptyIterator());

    assertEquals(0, written);
    assertEquals(List.of(), lines(RUN_A));
  }

  @Test
  void writeFailingMidway_keepsThePreviousBadRows_andLeavesNoStaging() throws IOException {
    sink.write(RUN_A, BAD.iterator());
    RuntimeException failure = new IllegalStateException("source failed");
    Iterator<BadRow> failing =
        Stream.concat(
                BAD.stream(),
                Stream.<BadRow>generate(
                    () -> {
                      throw failure;
                    }))
            .iterator();

    RuntimeException thrown =
        assertThrows(RuntimeException.class, () -> sink.write(RUN_A, failing));

    assertSame(failure, thrown);
    assertEquals(3, lines(RUN_A).size());
    assertFalse(Files.exists(root.resolve("_furrow").resolve(runDirectory(RUN_A).getFileName())));
  }

  @Test
  void manyBadRows_rollOverIntoSeveralPartFiles_inOrder() throws IOException {
    sink.close();
    sink = LocalBadRowSink.open(FileSinkSettings.at(root.toString()).withSizes(4 << 10, 1 << 10));
    List<BadRow> many =
        IntStream.range(0, 1_000)
            .mapToObj(i -> new BadRow("line " + i, ParsingError.NOT_TSV))
            .toList();

    long written = sink.write(RUN_A, many.iterator());

    assertEquals(1_000, written);
    List<Path> parts = files(runDirectory(RUN_A));
    assertTrue(parts.size() > 5, "parts: " + parts.size());
    assertEquals(many.stream().map(BadRow::toJson).toList(), lines(RUN_A));
  }

  @Test
  void unreachableRoot_failsWithTheRunInTheMessage() throws IOException {
    Path file = Files.writeString(root.resolve("not-a-directory"), "x");
    try (LocalBadRowSink broken = LocalBadRowSink.open(FileSinkSettings.at(file.toString()))) {
      UncheckedIOException e =
          assertThrows(UncheckedIOException.class, () -> broken.write(RUN_A, BAD.iterator()));

      assertTrue(e.getMessage().contains(RUN_A.value()), e.getMessage());
    }
  }

  private Path runDirectory(RunId run) {
    return root.resolve("run_id=" + run.value().replace("=", "%3D"));
  }

  private List<String> lines(RunId run) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path part : files(runDirectory(run))) {
      lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
    }
    return lines;
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }
}
