package dev.furrow.spark;

import static dev.furrow.spark.Batches.assertSameResults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.job.ProcessedBatch;
import dev.furrow.domain.job.RunCounts;
import dev.furrow.domain.local.InMemoryModelEngine;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Spark engine gives exactly what the in-memory reference engine gives on the same runs. */
class SparkModelEngineEquivalenceIT {

  @TempDir static Path dir;
  static List<RunFolder> runs;
  static List<RunId> ids;
  static List<Model> models;

  final SparkSession spark = TestSpark.session();

  @BeforeAll
  static void writeRuns() {
    runs = RunFixture.write(dir);
    ids = runs.stream().map(RunFolder::id).toList();
    models = new ArrayList<>(BuiltInModels.all());
    models.add(TestModels.typed());
    models.add(TestModels.custom());
  }

  @ParameterizedTest
  @EnumSource(Dedup.class)
  void everyModel_matchesInMemory_countsBadRowsAndRows(Dedup dedup) {
    try (ProcessedBatch expected = new InMemoryModelEngine().process(runs, models, dedup);
        ProcessedBatch actual = new SparkModelEngine(spark).process(runs, models, dedup)) {
      assertSameResults(expected, actual, ids, models);

      // The fixture really exercises what is compared.
      RunCounts a = actual.counts(RunFixture.RUN_A);
      assertTrue(a.badLines() >= 5, "bad lines in run A: " + a);
      assertEquals(dedup == Dedup.NATURAL, a.duplicatesDropped() > 0, "duplicates: " + a);
      assertEquals(new RunCounts(0, 0, 0, 0), actual.counts(RunFixture.RUN_EMPTY));
      for (Model model : models) {
        assertTrue(
            !Batches.rows(actual, RunFixture.RUN_A, model).isEmpty(), model.name() + " is empty");
      }
    }
  }

  /** One model of standard measures without dedup runs as a single pass; the same results. */
  @ParameterizedTest
  @ValueSource(strings = {"pageview_geo_summary", "page_views", "daily_events", "typed"})
  void oneModel_runsInASinglePass_withTheSameResults(String name) {
    List<Model> one =
        List.of(name.equals("typed") ? TestModels.typedStandard() : BuiltInModels.byName(name));
    SparkModelEngine engine = new SparkModelEngine(spark);
    try (ProcessedBatch expected = new InMemoryModelEngine().process(runs, one, Dedup.NONE);
        SparkProcessedBatch actual = (SparkProcessedBatch) engine.process(runs, one, Dedup.NONE)) {
      assertTrue(actual.singlePass(), "single pass");
      assertSameResults(expected, actual, ids, one);
      assertTrue(actual.counts(RunFixture.RUN_A).badLines() >= 5);
    }
    // The other plans stay for what the single pass cannot do.
    try (SparkProcessedBatch natural =
            (SparkProcessedBatch) engine.process(runs, one, Dedup.NATURAL);
        SparkProcessedBatch custom =
            (SparkProcessedBatch) engine.process(runs, List.of(TestModels.custom()), Dedup.NONE)) {
      assertFalse(natural.singlePass());
      assertFalse(custom.singlePass());
    }
  }

  @Test
  void sessionDateTimeSettings_doNotChangeDatesOrTimestamps() {
    String java8 = "spark.sql.datetime.java8API.enabled";
    String zone = "spark.sql.session.timeZone";
    try (ProcessedBatch expected = new InMemoryModelEngine().process(runs, models, Dedup.NONE)) {
      spark.conf().set(java8, "true");
      spark.conf().set(zone, "America/Los_Angeles");
      try (ProcessedBatch actual = new SparkModelEngine(spark).process(runs, models, Dedup.NONE)) {
        assertSameResults(expected, actual, ids, models);
      }
    } finally {
      spark.conf().unset(java8);
      spark.conf().set(zone, "UTC");
    }
  }

  @Test
  void manySmallPartitions_giveTheSameResultsAsFewLargeOnes() {
    String maxBytes = "spark.sql.files.maxPartitionBytes";
    String shuffle = "spark.sql.shuffle.partitions";
    SparkModelEngine engine = new SparkModelEngine(spark);
    try (ProcessedBatch expected = new InMemoryModelEngine().process(runs, models, Dedup.NATURAL)) {
      spark.conf().set(maxBytes, "8k");
      spark.conf().set(shuffle, "5");
      int readPartitions =
          spark
              .read()
              .text(dir.resolve(RunFixture.RUN_A.value()).toString())
              .rdd()
              .getNumPartitions();
      assertTrue(readPartitions > 4, "run A is read in " + readPartitions + " partitions");
      try (ProcessedBatch many = engine.process(runs, models, Dedup.NATURAL)) {
        assertSameResults(expected, many, ids, models);
      }
      List<Model> single = List.of(BuiltInModels.byName("pageview_geo_summary"));
      try (ProcessedBatch onePass = engine.process(runs, single, Dedup.NONE);
          ProcessedBatch reference = new InMemoryModelEngine().process(runs, single, Dedup.NONE)) {
        assertSameResults(reference, onePass, ids, single);
      }

      spark.conf().unset(maxBytes);
      spark.conf().set(shuffle, "1");
      try (ProcessedBatch one = engine.process(runs, models, Dedup.NATURAL)) {
        assertSameResults(expected, one, ids, models);
      }
    } finally {
      spark.conf().unset(maxBytes);
      spark.conf().set(shuffle, "2");
    }
  }
}
