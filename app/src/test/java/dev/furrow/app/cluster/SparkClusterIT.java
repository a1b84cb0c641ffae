package dev.furrow.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.app.TestSpark;
import dev.furrow.app.cli.Cli;
import dev.furrow.domain.sample.EventGenerator;
import dev.furrow.domain.sample.GenerationSummary;
import dev.furrow.domain.sample.GeneratorOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job submitted with {@code spark-submit} (Spark's {@code SparkSubmit}, client mode) as {@code
 * furrow-spark.jar} to a Spark standalone cluster on loopback: a master and two workers, each in
 * its own JVM, each worker starting an executor JVM of its own. The same generated runs are
 * processed once on the cluster and once locally in this JVM; the Parquet and PostgreSQL outputs
 * must be equal, and the executors must have been separate JVMs that did the work.
 *
 * <p>Process logs stay in {@code target/spark-cluster/} (master, workers, driver; executor logs in
 * {@code worker-N/work/<app id>/<executor id>/stderr}).
 */
class SparkClusterIT {

  private static final Logger LOG = LoggerFactory.getLogger(SparkClusterIT.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MODELS =
      List.of("pageview_geo_summary", "daily_events", "page_views");
  private static final String CONFIG_NAME = "furrow-cluster.conf";
  private static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(6);

  private static Path dir;
  private static Path source;
  private static GenerationSummary generated;
  private static StandaloneCluster cluster;
  private static SparkSubmission.Result submitted;
  private static Cli.Result local;
  private static PostgresSchemas postgres;

  @BeforeAll
  static void runTheJobOnTheClusterAndLocally() throws Exception {
    Path build = buildDirectory();
    Path jar = build.resolve("furrow-spark.jar");
    assertTrue(Files.isRegularFile(jar), jar + " is missing: run `mvn package` first");
    dir = build.resolve("spark-cluster");
    deleteRecursively(dir);
    source = dir.resolve("enriched");
    generated =
        EventGenerator.generate(
            source, GeneratorOptions.of(2, 2000, 7).withLinesPerPart(500).withGzip(true));
    postgres = PostgresSchemas.fresh();

    long started = System.nanoTime();
    SparkHome home = SparkHome.fromTestClasspath(build.resolve("spark-home"));
    cluster = StandaloneCluster.start(home, dir, 2, 1);
    LOG.warn(
        "Spark cluster up in {} s ({} jars, Scala {}): {}",
        seconds(started),
        home.jarCount(),
        home.scalaVersion(),
        cluster.masterUrl());

    Path driverDir = Files.createDirectories(dir.resolve("driver"));
    Path config = driverDir.resolve(CONFIG_NAME);
    Files.writeString(config, clusterConfig());
    started = System.nanoTime();
    submitted =
        SparkSubmission.run(
            cluster,
            submitOptions(config),
            jar,
            List.of(
                "run",
                "--config",
                CONFIG_NAME,
                "--set",
                "furrow.dedup=natural",
                "--set",
                "furrow.models=[" + String.join(",", MODELS) + "]"),
            driverDir,
            SUBMIT_TIMEOUT);
    LOG.warn("spark-submit ended with {} in {} s", submitted.exitCode(), seconds(started));

    started = System.nanoTime();
    TestSpark.session(); // the local run reuses this JVM's session (local[2])
    local = Cli.run(localArgs(config));
    LOG.warn("local run ended with {} in {} s", local.exitCode(), seconds(started));
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  @Test
  void clusterRun_succeeds_andProcessesEveryRun() {
    assertEquals(0, submitted.exitCode(), "driver log: " + submitted.log());
    for (GenerationSummary.RunSummary run : generated.runs()) {
      assertTrue(
          submitted.output().contains(run.runId() + "  processed"),
          "driver log " + submitted.log());
    }
    assertEquals(0, local.exitCode(), local.toString());
  }

  @Test
  void clusterRun_usedTwoExecutorJvms_thatRanTasks_andNoneIsTheDriver() {
    List<ExecutorJvm> executors = submitted.executors();
    TreeSet<Long> pids = new TreeSet<>();
    for (ExecutorJvm executor : executors) {
      assertTrue(executor.pid().isPresent(), "no pid logged by " + executor);
      if (executor.tasksFinished() > 0) {
        pids.add(executor.pid().getAsLong());
      }
    }
    LOG.warn(
        "executors: {} distinct JVMs (pids {}), driver pid {}, tasks per executor {}",
        pids.size(),
        pids,
        submitted.driverPid(),
        executors.stream().map(e -> e.executorId() + "=" + e.tasksFinished()).toList());
    assertTrue(pids.size() >= 2, "executor JVMs that ran tasks: " + executors);
    assertFalse(pids.contains(submitted.driverPid()), "an executor ran in the driver JVM");
    assertTrue(
        submitted.workerChildren().containsAll(pids),
        "each executor JVM is a child process of a worker: "
            + pids
            + " vs "
            + submitted.workerChildren());
    assertEquals(
        2,
        executors.stream().map(ExecutorJvm::worker).distinct().count(),
        "one executor on each worker: " + executors);
  }

  @Test
  void configShippedWithFiles_reachedEveryExecutor_andConfiguredTheDriver() throws IOException {
    assertNotEquals(List.of(), submitted.executors(), "no executor found for the application");
    for (ExecutorJvm executor : submitted.executors()) {
      assertTrue(executor.files().contains(CONFIG_NAME), executor.toString());
    }
    // The output paths are set only in that file, so the driver read it.
    assertTrue(Files.isDirectory(dir.resolve("cluster-out").resolve(MODELS.get(0))));
    try (Stream<Path> summaries = Files.list(dir.resolve("cluster-out/_summary"))) {
      assertEquals(1, summaries.count());
    }
  }

  @Test
  void parquet_clusterOutput_equalsLocalOutput() {
    SparkSession spark = TestSpark.session();
    for (String model : MODELS) {
      List<String> onCluster = parquetRows(spark, dir.resolve("cluster-out").resolve(model));
      List<String> onLaptop = parquetRows(spark, dir.resolve("local-out").resolve(model));
      assertFalse(onLaptop.isEmpty(), model + " must have rows for the comparison to mean much");
      assertEquals(onLaptop, onCluster, model);
    }
  }

  @Test
  void postgres_clusterOutput_equalsLocalOutput() throws Exception {
    for (String model : MODELS) {
      List<String> onCluster = postgres.rows(postgres.cluster(), model);
      List<String> onLaptop = postgres.rows(postgres.local(), model);
      assertFalse(onLaptop.isEmpty(), model + " must have rows for the comparison to mean much");
      assertEquals(onLaptop, onCluster, model);
    }
  }

  @Test
  void summaries_clusterRunCounts_equalLocalRunCounts() throws IOException {
    assertEquals(
        runCounts(dir.resolve("local-out/_summary")),
        runCounts(dir.resolve("cluster-out/_summary")));
  }

  private static List<String> submitOptions(Path config) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.driver.host", "127.0.0.1");
    conf.put("spark.driver.bindAddress", "127.0.0.1");
    conf.put("spark.executor.memory", "512m");
    conf.put(
        "spark.executor.extraJavaOptions", String.join(" ", StandaloneCluster.moduleOptions()));
    // Wait for both executors before the first job, so that both take part.
    conf.put("spark.cores.max", "2");
    conf.put("spark.scheduler.minRegisteredResourcesRatio", "1.0");
    conf.put("spark.scheduler.maxRegisteredResourcesWaitingTime", "120s");
    conf.put("spark.locality.wait", "0s");
    conf.put("spark.sql.shuffle.partitions", "4");
    conf.put("spark.ui.enabled", "false");
    List<String> options = new ArrayList<>(SparkSubmission.conf(conf));
    options.addAll(List.of("--files", config.toString()));
    options.addAll(List.of("--class", "dev.furrow.app.Main"));
    return options;
  }

  /** The job's configuration: paths only here, so that the output proves the file was read. */
  private static String clusterConfig() {
    return """
        furrow {
          source.path = "%s"
          manifest.path = "%s"
          parquet.path = "%s"
          bad-rows.path = "%s"
          batch-size = 2
          sinks = [parquet, postgres]
          postgres { url = "%s", user = "%s", schema = %s }
        }
        """
        .formatted(
            source,
            dir.resolve("cluster-manifest"),
            dir.resolve("cluster-out"),
            dir.resolve("cluster-out/bad"),
            PostgresSchemas.URL,
            PostgresSchemas.USER,
            postgres.cluster());
  }

  private static String[] localArgs(Path config) {
    return new String[] {
      "run",
      "--config",
      config.toString(),
      "--set",
      "furrow.dedup=natural",
      "--set",
      "furrow.models=[" + String.join(",", MODELS) + "]",
      "--set",
      "furrow.manifest.path=" + dir.resolve("local-manifest"),
      "--set",
      "furrow.parquet.path=" + dir.resolve("local-out"),
      "--set",
      "furrow.bad-rows.path=" + dir.resolve("local-out/bad"),
      "--set",
      "furrow.postgres.schema=" + postgres.local()
    };
  }

  /** Every row of a model's Parquet output, run_id included, as sorted text. */
  private static List<String> parquetRows(SparkSession spark, Path modelDir) {
    List<String> rows = new ArrayList<>();
    for (Row row : spark.read().parquet(modelDir.toString()).collectAsList()) {
      rows.add(row.toString());
    }
    rows.sort(null);
    return rows;
  }

  /** Per run: events, bad lines, duplicates dropped and rows by model, from the JSON summary. */
  private static Map<String, String> runCounts(Path summaryDir) throws IOException {
    Map<String, String> counts = new TreeMap<>();
    try (Stream<Path> files = Files.list(summaryDir)) {
      for (Path file : files.toList()) {
        for (JsonNode run : JSON.readTree(file.toFile()).get("runs")) {
          counts.put(
              run.get("run_id").asText(),
              List.of(
                      run.get("outcome"),
                      run.get("events"),
                      run.get("bad_lines"),
                      run.get("duplicates_dropped"),
                      run.get("rows_by_model"))
                  .toString());
        }
      }
    }
    assertEquals(generated.runs().size(), counts.size(), counts.toString());
    return counts;
  }

  private static Path buildDirectory() throws URISyntaxException {
    // target/test-classes -> target (also under a profile that moves the build directory)
    return Path.of(SparkClusterIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent();
  }

  private static long seconds(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> paths = Files.walk(path)) {
        for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
