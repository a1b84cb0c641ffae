package dev.furrow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.app.cli.Cli;
import dev.furrow.domain.local.LocalRunManifest;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.sample.EventGenerator;
import dev.furrow.domain.sample.GenerationSummary;
import dev.furrow.domain.sample.GeneratorOptions;
import dev.furrow.domain.testing.TestEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job through the command line, on generated run folders, with the real local source,
 * local manifest, Spark engine, Parquet and bad-row sinks. One scenario, in order: first run, a run
 * with nothing to do, new run folders, a run with too many bad lines.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunJobEndToEndIT {

  private static final List<String> MODELS = List.of("pageview_geo_summary", "daily_events");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static SparkSession spark;
  private static Path source;
  private static Path out;
  private static GenerationSummary firstRuns;

  @BeforeAll
  static void startSparkAndGenerateRuns() {
    // The command reuses the JVM's shared session (and leaves it open), as it would a host
    // application's.
    spark = TestSpark.session();
    source = dir.resolve("enriched");
    out = dir.resolve("out");
    firstRuns = EventGenerator.generate(source, GeneratorOptions.ofTotal(2, 1200, 11));
  }

  private static Cli.Result furrow(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    for (String set :
        List.of(
            "furrow.source.path=" + source,
            "furrow.manifest.path=" + dir.resolve("manifest"),
            "furrow.parquet.path=" + out,
            "furrow.bad-rows.path=" + out.resolve("bad"),
            "furrow.models=[" + String.join(",", MODELS) + "]",
            "furrow.dedup=natural")) {
      args.add("--set");
      args.add(set);
    }
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static Map<RunId, RunState> manifestStates() {
    return new LocalRunManifest(dir.resolve("manifest"))
        .list().stream().collect(Collectors.toMap(RunRecord::runId, RunRecord::state));
  }

  private static List<JsonNode> summaries() throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("_summary"))) {
      List<JsonNode> result = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        result.add(JSON.readTree(file.toFile()));
      }
      return result;
    }
  }

  private static List<List<String>> expectedRows(String model, RunId run) {
    return ModelOutputs.expected(model, source.resolve(run.value()), Dedup.NATURAL);
  }

  private static List<List<String>> sparkRows(String model, RunId run) {
    return ModelOutputs.readBySpark(spark, out.resolve(model), model, run);
  }

  @Test
  @Order(1)
  void firstRun_processesEveryRun_andWritesASummary() throws IOException {
    Cli.Result result = furrow("run");

    assertEquals(0, result.exitCode(), result.toString());
    Map<RunId, RunState> states = manifestStates();
    for (GenerationSummary.RunSummary run : firstRuns.runs()) {
      assertTrue(result.out().contains(run.runId() + "  started"), result.out());
      assertTrue(result.out().contains(run.runId() + "  processed"), result.out());
      assertEquals(RunState.PROCESSED, states.get(run.runId()));
    }
    assertTrue(result.out().contains("TOTAL (2 runs)"), result.out());

    JsonNode summary = summaries().get(0);
    assertEquals(0, summary.get("exit_code").asInt());
    assertEquals(2, summary.get("runs").size());
    for (int i = 0; i < 2; i++) {
      GenerationSummary.RunSummary expected = firstRuns.runs().get(i);
      JsonNode run = summary.get("runs").get(i);
      assertEquals(expected.runId().value(), run.get("run_id").asText());
      assertEquals("processed", run.get("outcome").asText());
      assertEquals(expected.lines(), run.get("lines").asLong());
      assertEquals(expected.badLines(), run.get("bad_lines").asLong());
      assertEquals(expected.naturalDuplicates(), run.get("duplicates_dropped").asLong());
      assertEquals(expected.events() - expected.naturalDuplicates(), run.get("events").asLong());
      for (String model : MODELS) {
        assertEquals(
            expectedRows(model, expected.runId()).size(),
            run.get("rows_by_model").get(model).asLong());
      }
    }
  }

  @Test
  @Order(2)
  void parquet_readBackBySparkAndDuckDb_equalsTheInMemoryExecutor() throws SQLException {
    for (String model : MODELS) {
      Map<String, List<List<String>>> duck = ModelOutputs.readByDuckDb(out.resolve(model), model);
      assertEquals(2, duck.size(), model + ": runs seen by DuckDB " + duck.keySet());
      for (GenerationSummary.RunSummary run : firstRuns.runs()) {
        List<List<String>> expected = expectedRows(model, run.runId());
        assertFalse(expected.isEmpty(), model + " must produce rows for the test to mean much");
        assertEquals(expected, sparkRows(model, run.runId()), model + " via Spark, " + run.runId());
        assertEquals(
            expected, duck.get(run.runId().value()), model + " via DuckDB, " + run.runId());
      }
    }
  }

  @Test
  @Order(3)
  void secondRun_hasNothingToDo() throws IOException {
    Cli.Result result = furrow("run");

    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(result.out().contains("Nothing to do"), result.out());
    assertFalse(result.out().contains("started"), result.out());
    assertEquals(2, summaries().size());
  }

  @Test
  @Order(4)
  void newRunFolders_onlyTheyAreProcessed_inOneBatch() {
    Cli.Result generated =
        Cli.run(
            "generate",
            "--out",
            source.toString(),
            "--runs",
            "2",
            "--events",
            "200",
            "--seed",
            "12",
            "--gzip",
            "--first-run",
            "2024-05-02T08:00:00Z");
    assertEquals(0, generated.exitCode(), generated.toString());

    Cli.Result result = furrow("run", "--batch", "2");

    assertEquals(0, result.exitCode(), result.toString());
    RunId third = RunId.of("run=2024-05-02-08-00-00");
    RunId fourth = RunId.of("run=2024-05-02-09-00-00");
    assertTrue(result.out().contains(third + "  processed"), result.out());
    assertTrue(result.out().contains(fourth + "  processed"), result.out());
    for (GenerationSummary.RunSummary old : firstRuns.runs()) {
      assertFalse(result.out().contains(old.runId().value()), result.out());
    }
    assertEquals(RunState.PROCESSED, manifestStates().get(third));
    assertEquals(
        expectedRows("pageview_geo_summary", fourth), sparkRows("pageview_geo_summary", fourth));
  }

  @Test
  @Order(5)
  void runWithTooManyBadLines_failsExit1_andIsNotMarkedProcessed() throws IOException {
    RunId broken = RunId.of("run=2024-05-03-00-00-00");
    Path folder = Files.createDirectories(source.resolve(broken.value()));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      lines.add(TestEvents.pageView().url("https://example.com/" + i).line());
    }
    lines.add("garbage");
    lines.add("more\tgarbage");
    Files.write(folder.resolve("part-00000.tsv"), lines);

    Cli.Result result = furrow("run");

    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.out().contains(broken + "  FAILED"), result.out());
    assertTrue(result.out().contains("exceeds furrow.bad-rows.max-ratio"), result.out());
    assertEquals(RunState.FAILED, manifestStates().get(broken));
    assertFalse(
        Files.exists(
            out.resolve("pageview_geo_summary").resolve("run_id=run%3D2024-05-03-00-00-00")),
        "a failed run writes no model rows");
    JsonNode summary = summaries().get(summaries().size() - 1);
    assertEquals(1, summary.get("exit_code").asInt());
    assertEquals("failed", summary.get("runs").get(0).get("outcome").asText());
    assertEquals(2, summary.get("runs").get(0).get("bad_lines").asLong());

    Cli.Result runs = furrow("runs");
    assertTrue(
        runs.outLines().stream().anyMatch(l -> l.startsWith(broken + "  failed")), runs.out());

    Cli.Result tolerant = furrow("run", "--set", "furrow.bad-rows.max-ratio=0.5");
    assertEquals(0, tolerant.exitCode(), tolerant.toString());
    assertEquals(RunState.PROCESSED, manifestStates().get(broken));
  }
}
