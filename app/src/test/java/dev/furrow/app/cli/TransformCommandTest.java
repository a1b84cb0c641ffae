package dev.furrow.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.domain.testing.TestEvents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransformCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String VIEW =
      TestEvents.pageView()
          .eventId("11111111-1111-4111-8111-111111111111")
          .url("https://example.com/a")
          .country("FR")
          .line();
  private static final String PING =
      TestEvents.pagePing().eventId("22222222-2222-4222-8222-222222222222").line();
  private static final String STRUCT =
      TestEvents.structEvent().eventId("33333333-3333-4333-8333-333333333333").line();
  private static final String NOT_TSV = "this is not an enriched event";
  private static final String BAD_TIMESTAMP = VIEW.replace("2024-05-01 10:00:00", "yesterday");

  @TempDir Path dir;

  private static List<JsonNode> jsonLines(String text) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && line.startsWith("{")) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static byte[] lines(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  @Test
  void stdin_goodLinesToStdout_badLinesAsBadRowsToStderr_exit0() throws IOException {
    assertTrue(BAD_TIMESTAMP.contains("yesterday"), "fixture must change the timestamp");

    Cli.Result result = Cli.run(lines(VIEW, NOT_TSV, PING, BAD_TIMESTAMP), "transform");

    assertEquals(0, result.exitCode(), result.toString());
    List<JsonNode> events = jsonLines(result.out());
    assertEquals(2, events.size(), result.toString());
    assertEquals("11111111-1111-4111-8111-111111111111", events.get(0).get("event_id").asText());
    assertEquals("https://example.com/a", events.get(0).get("page_url").asText());
    assertEquals("FR", events.get(0).get("geo_country").asText());
    assertEquals("page_ping", events.get(1).get("event").asText());

    List<JsonNode> badRows = jsonLines(result.err());
    assertEquals(2, badRows.size(), result.toString());
    assertEquals(NOT_TSV, badRows.get(0).get("line").asText());
    assertTrue(badRows.get(0).get("errors").size() > 0);
    assertEquals(BAD_TIMESTAMP, badRows.get(1).get("line").asText());
    assertTrue(badRows.get(1).get("errors").get(0).asText().contains("yesterday"), result.err());
    assertTrue(result.err().contains("4 lines read, 2 good, 2 bad"), result.err());
  }

  @Test
  void lossyByDefault_losslessKeepsTheContextsEnvelope() throws IOException {
    String withContext =
        TestEvents.pageView().pageViewId("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa").line();

    JsonNode lossy = jsonLines(Cli.run(lines(withContext), "transform").out()).get(0);
    JsonNode lossless =
        jsonLines(Cli.run(lines(withContext), "transform", "--lossless").out()).get(0);

    assertTrue(lossy.has("contexts_com_snowplowanalytics_snowplow_web_page_1"), lossy.toString());
    assertFalse(lossy.has("contexts"), lossy.toString());
    assertTrue(lossless.get("contexts").isObject(), lossless.toString());
    assertFalse(lossless.has("contexts_com_snowplowanalytics_snowplow_web_page_1"));
  }

  @Test
  void omitNulls_dropsNullValuedKeys() throws IOException {
    JsonNode full = jsonLines(Cli.run(lines(STRUCT), "transform").out()).get(0);
    JsonNode compact = jsonLines(Cli.run(lines(STRUCT), "transform", "--omit-nulls").out()).get(0);

    assertTrue(full.has("page_url") && full.get("page_url").isNull(), full.toString());
    assertFalse(compact.has("page_url"), compact.toString());
    Iterator<JsonNode> values = compact.elements();
    while (values.hasNext()) {
      assertFalse(values.next().isNull(), compact.toString());
    }
    assertEquals(full.get("event_id"), compact.get("event_id"));
  }

  @Test
  void files_plainAndGzip_areReadInOrder() throws IOException {
    Path plain = Files.write(dir.resolve("a.tsv"), lines(VIEW));
    Path gzipped = Files.write(dir.resolve("b.tsv.gz"), gzip(lines(PING, STRUCT)));

    Cli.Result result = Cli.run("transform", plain.toString(), gzipped.toString());

    assertEquals(0, result.exitCode(), result.toString());
    List<JsonNode> events = jsonLines(result.out());
    assertEquals(
        List.of("page_view", "page_ping", "struct"),
        events.stream().map(e -> e.get("event").asText()).toList());
    assertTrue(result.err().contains("3 lines read, 3 good, 0 bad"), result.err());
  }

  @Test
  void gzipOnStdin_isReadTransparently() throws IOException {
    Cli.Result result = Cli.run(gzip(lines(VIEW, PING)), "transform");

    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(2, jsonLines(result.out()).size());
  }

  @Test
  void directory_isReadRecursively_skippingHiddenFilesAndMarkers() throws IOException {
    Path run = Files.createDirectories(dir.resolve("runs/run=1"));
    Files.write(run.resolve("part-0000"), lines(VIEW));
    Files.createDirectories(run.resolve("nested"));
    Files.write(run.resolve("nested/part-0001.gz"), gzip(lines(PING)));
    Files.write(run.resolve("_SUCCESS"), new byte[0]);
    Files.write(run.resolve(".part-0000.crc"), lines(NOT_TSV));

    Cli.Result result = Cli.run("transform", dir.resolve("runs").toString());

    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(2, jsonLines(result.out()).size(), result.toString());
    assertTrue(result.err().contains("2 lines read, 2 good, 0 bad"), result.err());
  }

  @Test
  void badOption_writesBadRowsToTheFile_andOnlyTheSummaryToStderr() throws IOException {
    Path bad = dir.resolve("out/bad.jsonl");

    Cli.Result result = Cli.run(lines(VIEW, NOT_TSV, ""), "transform", "--bad", bad.toString());

    assertEquals(0, result.exitCode(), result.toString());
    List<JsonNode> badRows = jsonLines(Files.readString(bad));
    assertEquals(2, badRows.size());
    assertEquals(NOT_TSV, badRows.get(0).get("line").asText());
    assertEquals("", badRows.get(1).get("line").asText());
    assertEquals(
        List.of("furrow transform: 3 lines read, 1 good, 2 bad"), result.err().lines().toList());
  }

  @Test
  void missingFile_isAUsageError_andNothingIsRead() throws IOException {
    Path good = Files.write(dir.resolve("a.tsv"), lines(VIEW));

    Cli.Result result =
        Cli.run("transform", good.toString(), dir.resolve("missing.tsv").toString());

    assertEquals(2, result.exitCode(), result.toString());
    assertEquals("", result.out());
    assertTrue(result.err().contains("no such file or directory"), result.err());
    assertTrue(result.err().contains("missing.tsv"), result.err());
  }

  @Test
  void corruptGzip_exit1_namesTheFile_andTheOtherInputsAreStillTransformed() throws IOException {
    byte[] truncated = gzip(lines(PING, PING, PING));
    Path broken = Files.write(dir.resolve("a-broken.gz"), java.util.Arrays.copyOf(truncated, 20));
    Path good = Files.write(dir.resolve("b-good.tsv"), lines(VIEW));

    Cli.Result result = Cli.run("transform", broken.toString(), good.toString());

    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.err().contains("cannot read " + broken), result.err());
    List<JsonNode> events = jsonLines(result.out());
    assertEquals("page_view", events.get(events.size() - 1).get("event").asText());
    assertTrue(result.err().contains("1 input(s) could not be read"), result.err());
  }

  @Test
  void help_explainsEveryOption() {
    Cli.Result result = Cli.run("transform", "--help");

    assertEquals(0, result.exitCode());
    for (String option : List.of("--lossless", "--omit-nulls", "--bad", "FILE|DIR", "stdin")) {
      assertTrue(result.out().contains(option), option + " in\n" + result.out());
    }
  }

  @Test
  void unknownOption_isAUsageError() {
    Cli.Result result = Cli.run("transform", "--loseless");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("--loseless"), result.err());
  }
}
