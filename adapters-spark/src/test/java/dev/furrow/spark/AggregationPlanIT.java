package dev.furrow.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.run.RunFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models run as Spark's own aggregations (hash, sort or object-hash based, all of which spill), not
 * as code that holds a partition's groups in a heap map.
 */
class AggregationPlanIT {

  @TempDir static Path dir;
  static List<RunFolder> runs;

  @BeforeAll
  static void writeRuns() {
    runs = RunFixture.write(dir);
  }

  @Test
  void standardMeasures_runAsBuiltInAggregates_customOnesAsObjectHashAggregate() {
    Model daily = BuiltInModels.byName("daily_events");
    Model pageViews = BuiltInModels.byName("page_views");
    Model custom = TestModels.custom();
    SparkModelEngine engine = new SparkModelEngine(TestSpark.session());
    try (SparkProcessedBatch batch =
        (SparkProcessedBatch) engine.process(runs, List.of(daily, pageViews, custom), Dedup.NONE)) {
      String dailyPlan = batch.aggregationPlan(daily);
      String pageViewsPlan = batch.aggregationPlan(pageViews);
      String customPlan = batch.aggregationPlan(custom);

      // count, min and max of fixed-width values (timestamps as decimals): the unsafe hash
      // aggregate, partial on the map side, then final.
      assertTrue(dailyPlan.contains("HashAggregate(keys="), dailyPlan);
      assertTrue(dailyPlan.contains("partial_count"), dailyPlan);
      assertTrue(dailyPlan.contains("partial_max"), dailyPlan);
      assertFalse(dailyPlan.contains("aggregatorudaf"), dailyPlan);
      // min of strings (any) and sums: built-in functions, sort-based as strings are not
      // fixed-width.
      assertTrue(pageViewsPlan.contains("SortAggregate(key="), pageViewsPlan);
      assertTrue(pageViewsPlan.contains("partial_min"), pageViewsPlan);
      assertTrue(pageViewsPlan.contains("partial_sum"), pageViewsPlan);
      assertFalse(pageViewsPlan.contains("aggregatorudaf"), pageViewsPlan);
      // user-defined aggregators: Spark's typed Aggregator in an object hash aggregate, which
      // falls back to sort-based aggregation when it holds too many groups.
      assertTrue(customPlan.contains("ObjectHashAggregate(keys="), customPlan);
      assertTrue(customPlan.contains("partial_aggregatorudaf"), customPlan);
    }
  }
}
