package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.furrow.app.config.SparkSettings;
import dev.furrow.domain.job.ModelEngine;
import dev.furrow.spark.SparkModelEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * Wiring: the SparkSession, built with {@code furrow.spark.master} and {@code furrow.spark.conf}
 * when first needed, and the Spark model engine.
 *
 * <p>A session that already exists in this JVM (a host application's, or a test's) is reused and
 * left open; a session this module created is stopped when the command ends.
 *
 * <p>Derived defaults (the S3A settings of {@code furrow.aws}) apply to the keys that neither
 * {@code furrow.spark.conf} nor spark-submit's {@code --conf} (system properties) set: the user's
 * explicit Spark configuration wins.
 */
public final class SparkModule extends AbstractModule {

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  /** local, local[N], local[*], local[N,F], local[*,F]. */
  private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d{1,6})(?:,\\d+)?])?");

  private final SparkSettings settings;
  private final Map<String, String> defaults;

  public SparkModule(SparkSettings settings) {
    this(settings, Map.of());
  }

  /**
   * @param defaults Spark properties used where neither {@code settings} nor a {@code spark.*}
   *     system property sets the key
   */
  public SparkModule(SparkSettings settings, Map<String, String> defaults) {
    this.settings = settings;
    this.defaults = Map.copyOf(defaults);
  }

  /** The properties the session is built with: the settings' conf over the derived defaults. */
  Map<String, String> effectiveConf() {
    Map<String, String> conf = new LinkedHashMap<>();
    defaults.forEach(
        (key, value) -> {
          if (System.getProperty(key) == null) {
            conf.put(key, value);
          }
        });
    conf.putAll(settings.conf());
    return conf;
  }

  /**
   * The shuffle partitions for a local master: its number of cores. Spark's default of 200 suits a
   * cluster; on one machine it turns each model's aggregation into 200 tiny tasks (and files per
   * map task) that cost more than the aggregation itself. Empty for any other master.
   */
  static OptionalInt localShufflePartitions(String master) {
    Matcher local = LOCAL.matcher(master.trim());
    if (!local.matches()) {
      return OptionalInt.empty();
    }
    String threads = local.group(1);
    if (threads == null) {
      return OptionalInt.of(1);
    }
    int cores =
        threads.equals("*")
            ? Runtime.getRuntime().availableProcessors()
            : Integer.parseInt(threads);
    return OptionalInt.of(Math.max(1, cores));
  }

  @Provides
  @Singleton
  SparkSession sparkSession(ResourceCloser closer) {
    boolean existed = SparkSession.getDefaultSession().isDefined();
    SparkSession.Builder builder = SparkSession.builder().appName("furrow");
    if (!existed) {
      builder.master(settings.master());
    }
    Map<String, String> conf = effectiveConf();
    if (existed && !settings.conf().containsKey(SHUFFLE_PARTITIONS)) {
      // The local-master default is for sessions Furrow creates; a host's session keeps its own.
      conf.remove(SHUFFLE_PARTITIONS);
    }
    conf.forEach(builder::config);
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
