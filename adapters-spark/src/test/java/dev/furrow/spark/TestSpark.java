package dev.furrow.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Test fixture: the one SparkSession shared by every Spark test of a test JVM (local[2], no UI, two
 * shuffle partitions, loopback driver). Never stopped by tests: the JVM exit ends it.
 */
final class TestSpark {

  private TestSpark() {}

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .appName("furrow-adapters-spark-tests")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}
