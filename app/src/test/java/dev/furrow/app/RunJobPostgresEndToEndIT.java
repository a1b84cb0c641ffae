package dev.furrow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.app.PostgresTestSchema.Load;
import dev.furrow.app.cli.Cli;
import dev.furrow.domain.local.LocalRunFiles;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.EventBatch;
import dev.furrow.domain.model.InMemoryExecutor;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.model.RowCombiner;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sample.EventGenerator;
import dev.furrow.domain.sample.GenerationSummary;
import dev.furrow.domain.sample.GenerationSummary.RunSummary;
import dev.furrow.domain.sample.GeneratorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job through the command line with both sinks, Parquet and PostgreSQL (the real server
 * on 127.0.0.1:5432, a schema of this class's own), on generated run folders. In order: the first
 * run, whose combined views must equal the in-memory totals over all runs; the ledger; then the
 * same runs again after the manifest is lost, as after a crash between the sink write and marking
 * the run processed, which must not count anything twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunJobPostgresEndToEndIT {

  private static final List<String> MODELS =
      List.of("pageview_geo_summary", "page_views", "daily_events");
  private static final Dedup DEDUP = Dedup.NATURAL;

  @TempDir static Path dir;

  private static SparkSession spark;
  private static PostgresTestSchema db;
  private static Path source;
  private static Path out;
  private static GenerationSummary generated;

  @BeforeAll
  static void generateRuns() {
    spark = TestSpark.session();
    db = PostgresTestSchema.fresh();
    source = dir.resolve("enriched");
    out = dir.resolve("out");
    generated = EventGenerator.generate(source, GeneratorOptions.ofTotal(3, 1800, 23));
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static Cli.Result furrow(String command) {
    List<String> args = new ArrayList<>(List.of(command));
    for (String set :
        List.of(
            "furrow.source.path=" + source,
            "furrow.manifest.path=" + dir.resolve("manifest"),
            "furrow.parquet.path=" + out,
            "furrow.bad-rows.path=" + out.resolve("bad"),
            "furrow.models=[" + String.join(",", MODELS) + "]",
            "furrow.dedup=" + DEDUP.name().toLowerCase(Locale.ROOT),
            "furrow.sinks=[parquet,postgres]")) {
      args.add("--set");
      args.add(set);
    }
    args.addAll(db.furrowOptions());
    return Cli.run(args.toArray(String[]::new));
  }

  /** A model's rows for one run folder, as the in-memory executor defines them. */
  private static List<ModelRow> runRows(Model model, RunId run) {
    try (Stream<String> lines =
        LocalRunFiles.dataFiles(source.resolve(run.value())).stream()
            .flatMap(LocalRunFiles::lines)) {
      return InMemoryExecutor.run(model, EventBatch.of(lines.toList(), DEDUP).events());
    }
  }

  /** Every run's rows combined by the model's rules: what {@code <model>_combined} must show. */
  private static List<ModelRow> expectedCombined(Model model) {
    List<ModelRow> all = new ArrayList<>();
    for (RunSummary run : generated.runs()) {
      all.addAll(runRows(model, run.runId()));
    }
    return PostgresTestSchema.sorted(RowCombiner.combine(model, all));
  }

  private static void assertEveryRunProcessed(Cli.Result result) {
    assertEquals(0, result.exitCode(), result.toString());
    for (RunSummary run : generated.runs()) {
      assertTrue(result.out().contains(run.runId() + "  processed"), result.out());
    }
  }

  private static void assertViewsEqualTheInMemoryTotals() throws SQLException {
    for (String name : MODELS) {
      Model model = BuiltInModels.byName(name);
      List<ModelRow> expected = expectedCombined(model);
      assertFalse(expected.isEmpty(), name + " must produce rows for the test to mean much");
      assertEquals(expected, db.rows(model, name + "_combined"), name + "_combined");
      long perRunRows =
          generated.runs().stream().mapToLong(r -> runRows(model, r.runId()).size()).sum();
      assertEquals(perRunRows, db.count(name), "rows of table " + name);
    }
  }

  @Test
  @Order(1)
  void firstRun_bothSinks_combinedViewsEqualTheInMemoryTotalsOfAllRuns() throws SQLException {
    Cli.Result result = furrow("run");

    assertEveryRunProcessed(result);
    assertViewsEqualTheInMemoryTotals();
    RunId last = generated.runs().get(generated.runs().size() - 1).runId();
    for (String model : MODELS) {
      assertEquals(
          ModelOutputs.expected(model, source.resolve(last.value()), DEDUP),
          ModelOutputs.readBySpark(spark, out.resolve(model), model, last),
          "Parquet rows of " + model + ", " + last);
    }
  }

  @Test
  @Order(2)
  void ledger_hasOneRowPerRunAndModel_withTheRowsLoaded() throws SQLException {
    List<Load> loads = db.loads();

    assertEquals(generated.runs().size() * MODELS.size(), loads.size(), loads.toString());
    Map<String, Load> byRunAndModel = new HashMap<>();
    loads.forEach(l -> byRunAndModel.put(l.runId() + "/" + l.model(), l));
    for (RunSummary run : generated.runs()) {
      for (String model : MODELS) {
        Load load = byRunAndModel.get(run.runId().value() + "/" + model);
        assertEquals(
            runRows(BuiltInModels.byName(model), run.runId()).size(),
            load == null ? -1 : load.rows(),
            "ledger row of " + run.runId() + ", " + model);
      }
    }
  }

  @Test
  @Order(3)
  void rerunAfterTheManifestIsLost_reloadsEveryRun_withoutDoubleCounting()
      throws SQLException, IOException {
    List<Load> before = db.loads();
    deleteRecursively(dir.resolve("manifest"));

    Cli.Result result = furrow("run");

    assertEveryRunProcessed(result);
    assertViewsEqualTheInMemoryTotals();
    List<Load> after = db.loads();
    assertEquals(before.size(), after.size(), after.toString());
    for (int i = 0; i < before.size(); i++) {
      Load old = before.get(i);
      Load reloaded = after.get(i);
      assertEquals(old.runId() + "/" + old.model(), reloaded.runId() + "/" + reloaded.model());
      assertEquals(old.rows(), reloaded.rows(), "rows of " + old);
      assertTrue(
          reloaded.loadedAt().isAfter(old.loadedAt()),
          "the run was loaded again: " + old + " then " + reloaded);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
