package dev.furrow.app.config;

import java.util.Map;
import java.util.Objects;

/**
 * Value: how the SparkSession is built ({@code furrow.spark}).
 *
 * @param master the master URL, e.g. {@code local[*]}
 * @param conf Spark properties passed as they are, keys flattened ({@code spark.ui.enabled})
 */
public record SparkSettings(String master, Map<String, String> conf) {

  public SparkSettings {
    Objects.requireNonNull(master, "master");
    conf = Map.copyOf(conf);
  }
}
