package dev.furrow.app;

import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Test fixture: the SparkSession shared by the Spark tests of a test JVM (local[2], no UI, two
 * shuffle partitions, loopback driver, UTC). Tests never stop it; the JVM exit ends it. Furrow's
 * commands run in the same JVM find it as the default session, reuse it and leave it open.
 */
public final class TestSpark {

  private TestSpark() {}

  /**
   * The shared session; a new one only if none is running (for instance after a test class that
   * built and stopped its own).
   */
  public static synchronized SparkSession session() {
    Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined() && !running.get().sparkContext().isStopped()) {
      return running.get();
    }
    return SparkSession.builder()
        .appName("furrow-app-tests")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
