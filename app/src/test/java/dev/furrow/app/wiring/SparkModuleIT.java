package dev.furrow.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.app.TestSpark;
import dev.furrow.app.config.SparkSettings;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The session Furrow is given: a host's existing session keeps its own shuffle partitions. */
class SparkModuleIT {

  private static final String KEY = SparkModule.SHUFFLE_PARTITIONS;

  @Test
  void existingSession_keepsItsShufflePartitions_unlessTheUserSetsThem() throws Exception {
    SparkSession spark = TestSpark.session();
    String before = spark.conf().get(KEY);
    try (ResourceCloser closer = new ResourceCloser()) {
      spark.conf().set(KEY, "7");

      SparkSession reused =
          new SparkModule(new SparkSettings("local[3]", Map.of()), Map.of(KEY, "3"))
              .sparkSession(closer);
      assertEquals(spark, reused);
      assertEquals("7", spark.conf().get(KEY));

      new SparkModule(new SparkSettings("local[3]", Map.of(KEY, "5")), Map.of(KEY, "3"))
          .sparkSession(closer);
      assertEquals("5", spark.conf().get(KEY));
    } finally {
      spark.conf().set(KEY, before);
    }
  }
}
