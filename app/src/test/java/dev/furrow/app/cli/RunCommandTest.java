package dev.furrow.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.domain.local.LocalRunManifest;
import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunStats;
import dev.furrow.domain.sample.EventGenerator;
import dev.furrow.domain.sample.GeneratorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run} and {@code runs} commands in every case that needs no Spark. */
class RunCommandTest {

  private static final RunId FIRST = RunId.of("run=2024-05-01-22-30-00");
  private static final RunId SECOND = RunId.of("run=2024-05-01-23-30-00");
  private static final RunId THIRD = RunId.of("run=2024-05-02-00-30-00");

  @TempDir Path dir;
  private Path source;

  @BeforeEach
  void generateRuns() {
    source = dir.resolve("enriched");
    EventGenerator.generate(source, GeneratorOptions.ofTotal(3, 30, 3));
  }

  private String[] args(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    for (String set :
        List.of(
            "furrow.source.path=" + source,
            "furrow.manifest.path=" + dir.resolve("manifest"),
            "furrow.parquet.path=" + dir.resolve("out"),
            "furrow.bad-rows.path=" + dir.resolve("out/bad"),
            "furrow.sample.path=" + dir.resolve("sample"))) {
      args.add("--set");
      args.add(set);
    }
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private List<JsonNode> summaries() throws IOException {
    List<JsonNode> summaries = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("out/_summary"))) {
      for (Path file : files.sorted().toList()) {
        summaries.add(new ObjectMapper().readTree(file.toFile()));
      }
    }
    return summaries;
  }

  private void markProcessed(LocalRunManifest manifest, RunId run) {
    Lease lease = manifest.tryLease(run, "test", Duration.ofMinutes(5)).orElseThrow();
    manifest.markProcessed(lease, new RunStats(10, 9, 1, 0, Map.of("pageview_geo_summary", 4L)));
  }

  @Test
  void configurationError_exit2_withTheKeyAndNoStackTrace() {
    Cli.Result result = Cli.run(args("run", "--set", "furrow.dedup=fuzzy"));

    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().contains("furrow.dedup: unknown value 'fuzzy'"), result.err());
    assertFalse(result.err().contains("\tat "), result.err());
    assertFalse(Files.exists(dir.resolve("manifest")), "nothing may be done");
  }

  @Test
  void missingConfigFile_exit2() {
    Cli.Result result = Cli.run("run", "--config", dir.resolve("absent.conf").toString());

    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().contains("absent.conf"), result.err());
  }

  @Test
  void unknownRun_exit2_namingIt() {
    Cli.Result result = Cli.run(args("run", "--runs", FIRST + ",run=1999-01-01-00-00-00"));

    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().contains("run=1999-01-01-00-00-00"), result.err());
    assertFalse(result.err().contains("\tat "), result.err());
  }

  @Test
  void sourcePathThatIsNoDirectory_exit2() {
    Cli.Result result =
        Cli.run(args("run", "--set", "furrow.source.path=" + dir.resolve("nowhere")));

    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().contains("furrow.source.path"), result.err());
    assertTrue(result.err().contains("is not a directory"), result.err());
  }

  @Test
  void batchBelowOne_exit2() {
    Cli.Result result = Cli.run(args("run", "--batch", "0"));

    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().contains("--batch must be at least 1"), result.err());
  }

  @Test
  void dryRun_listsThePendingRuns_leasesNothing_andStartsNoSpark() throws IOException {
    markProcessed(new LocalRunManifest(dir.resolve("manifest")), FIRST);

    Cli.Result result = Cli.run(args("run", "--dry-run"));

    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(result.out().contains(SECOND + "  pending (dry run"), result.out());
    assertTrue(result.out().contains(THIRD + "  pending (dry run"), result.out());
    assertFalse(result.out().contains(FIRST.value()), result.out());
    assertEquals(
        List.of(FIRST),
        new LocalRunManifest(dir.resolve("manifest")).list().stream().map(r -> r.runId()).toList());
    assertTrue(SparkSession.getDefaultSession().isEmpty(), "Spark must not start");
    JsonNode summary = summaries().get(0);
    assertTrue(summary.get("dry_run").asBoolean());
    assertEquals(2, summary.get("runs").size());
  }

  @Test
  void everyRunProcessed_saysNothingToDo_exit0_andStartsNoSpark() throws IOException {
    LocalRunManifest manifest = new LocalRunManifest(dir.resolve("manifest"));
    for (RunId run : List.of(FIRST, SECOND, THIRD)) {
      markProcessed(manifest, run);
    }

    Cli.Result result = Cli.run(args("run"));

    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(result.out().contains("Nothing to do"), result.out());
    assertTrue(SparkSession.getDefaultSession().isEmpty(), "Spark must not start");
    JsonNode summary = summaries().get(0);
    assertEquals(0, summary.get("runs").size());
    assertEquals(0, summary.get("exit_code").asInt());
  }

  @Test
  void runs_listsManifestStates_andUnseenRunsAsPending() {
    LocalRunManifest manifest = new LocalRunManifest(dir.resolve("manifest"));
    markProcessed(manifest, FIRST);
    Lease lease = manifest.tryLease(SECOND, "test", Duration.ofMinutes(5)).orElseThrow();
    manifest.markFailed(lease, "bad-line ratio too high");

    Cli.Result result = Cli.run(args("runs"));

    assertEquals(0, result.exitCode(), result.toString());
    List<String> lines = result.outLines();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(FIRST + "  processed")), result.out());
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> l.startsWith(SECOND + "  failed") && l.endsWith("bad-line ratio too high")),
        result.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(THIRD + "  pending")), result.out());
    assertTrue(result.out().contains("3 runs: 1 failed, 1 pending, 1 processed"), result.out());
  }

  @Test
  void runs_withoutSourcePath_usesTheEmbeddedSample() {
    Cli.Result result =
        Cli.run(
            "runs",
            "--set",
            "furrow.manifest.path=" + dir.resolve("manifest"),
            "--set",
            "furrow.sample.path=" + dir.resolve("sample"));

    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(result.out().contains("the sample runs shipped with Furrow"), result.out());
    assertTrue(result.out().contains("3 runs: 3 pending"), result.out());
    assertTrue(Files.isDirectory(dir.resolve("sample").resolve(FIRST.value())));
  }

  @Test
  void help_onEveryCommand_explainsItsOptions() {
    Cli.Result run = Cli.run("run", "--help");
    Cli.Result runs = Cli.run("runs", "--help");
    Cli.Result top = Cli.run("--help");

    assertEquals(0, run.exitCode());
    for (String option : List.of("--config", "--set", "--runs", "--dry-run", "--batch")) {
      assertTrue(run.out().contains(option), option);
    }
    assertTrue(runs.out().contains("--config") && runs.out().contains("--set"), runs.out());
    for (String command : List.of("run", "runs", "transform", "generate")) {
      assertTrue(top.out().contains("  " + command + " "), command);
    }
  }

  @Test
  void noCommand_printsUsage_exit2() {
    Cli.Result result = Cli.run();

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("Usage: furrow"), result.err());
  }
}
