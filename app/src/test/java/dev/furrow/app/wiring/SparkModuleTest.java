package dev.furrow.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.config.SettingsLoader;
import dev.furrow.domain.model.builtin.BuiltInModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkModuleTest {

  @TempDir Path dir;

  @Test
  void localMasters_getAShufflePartitionPerCore() {
    int cores = Runtime.getRuntime().availableProcessors();

    assertEquals(OptionalInt.of(1), SparkModule.localShufflePartitions("local"));
    assertEquals(OptionalInt.of(3), SparkModule.localShufflePartitions("local[3]"));
    assertEquals(OptionalInt.of(4), SparkModule.localShufflePartitions("local[4,2]"));
    assertEquals(OptionalInt.of(cores), SparkModule.localShufflePartitions("local[*]"));
    assertEquals(OptionalInt.of(cores), SparkModule.localShufflePartitions("local[*,3]"));
    assertEquals(OptionalInt.of(1), SparkModule.localShufflePartitions("local[0]"));
  }

  @Test
  void clusterMasters_keepSparksDefault() {
    for (String master :
        List.of(
            "yarn", "spark://10.0.0.1:7077", "k8s://https://host:443", "local-cluster[2,1,1024]")) {
      assertFalse(SparkModule.localShufflePartitions(master).isPresent(), master);
    }
  }

  @Test
  void localRun_setsTheShufflePartitions_unlessTheUserDid() throws Exception {
    assertEquals(
        "3", sparkConf("furrow.spark.master=\"local[3]\"").get("spark.sql.shuffle.partitions"));
    assertEquals(
        "50",
        sparkConf(
                "furrow.spark.master=\"local[3]\"",
                "furrow.spark.conf.spark.sql.shuffle.partitions=50")
            .get("spark.sql.shuffle.partitions"));
    assertFalse(sparkConf("furrow.spark.master=yarn").containsKey("spark.sql.shuffle.partitions"));
  }

  private Map<String, String> sparkConf(String... sets) throws Exception {
    List<String> all =
        new ArrayList<>(
            List.of(
                "furrow.source.path=" + dir.resolve("in"),
                "furrow.parquet.path=" + dir.resolve("out"),
                "furrow.bad-rows.path=" + dir.resolve("bad")));
    all.addAll(List.of(sets));
    FurrowSettings settings =
        new SettingsLoader(BuiltInModels.names()).load(Optional.empty(), all, new Properties());
    return FurrowModules.forSettings(settings).stream()
        .filter(SparkModule.class::isInstance)
        .map(SparkModule.class::cast)
        .findFirst()
        .orElseThrow()
        .effectiveConf();
  }
}
