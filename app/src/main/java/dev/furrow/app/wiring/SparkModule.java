package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.furrow.app.config.SparkSettings;
import dev.furrow.domain.job.ModelEngine;
import dev.furrow.spark.SparkModelEngine;
import org.apache.spark.sql.SparkSession;

/**
 * Wiring: the SparkSession, built with {@code furrow.spark.master} and {@code furrow.spark.conf}
 * when first needed, and the Spark model engine.
 *
 * <p>A session that already exists in this JVM (a host application's, or a test's) is reused and
 * left open; a session this module created is stopped when the command ends.
 */
public final class SparkModule extends AbstractModule {

  private final SparkSettings settings;

  public SparkModule(SparkSettings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  SparkSession sparkSession(ResourceCloser closer) {
    boolean existed = SparkSession.getDefaultSession().isDefined();
    SparkSession.Builder builder = SparkSession.builder().appName("furrow");
    if (!existed) {
      builder.master(settings.master());
    }
    settings.conf().forEach(builder::config);
    SparkSession session = builder.getOrCreate();
    if (!existed) {
      closer.register("SparkSession", session::stop);
    }
    return session;
  }

  @Provides
  @Singleton
  ModelEngine modelEngine(SparkSession spark) {
    return new SparkModelEngine(spark);
  }
}
