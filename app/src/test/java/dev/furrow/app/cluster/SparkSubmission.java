package dev.furrow.app.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test fixture: one application submitted to a {@link StandaloneCluster} in client mode through
 * Spark's own {@code SparkSubmit}, in a JVM of its own (the driver), as {@code spark-submit} would.
 * While it runs, the processes the workers start (the executors) are recorded.
 */
final class SparkSubmission {

  /**
   * The outcome of a submission.
   *
   * @param exitCode the driver's exit code
   * @param driverPid the driver JVM's process id
   * @param log the driver's log (standard output and error)
   * @param output the text of that log
   * @param appId the application id the cluster gave it
   * @param executors what each executor left in its work directory
   * @param workerChildren the process ids of the JVMs the workers started while it ran
   */
  record Result(
      int exitCode,
      long driverPid,
      Path log,
      String output,
      String appId,
      List<ExecutorJvm> executors,
      Set<Long> workerChildren) {}

  private SparkSubmission() {}

  /**
   * Runs {@code SparkSubmit --master <cluster> --deploy-mode client <options> <jar> <appArgs>} in
   * {@code workDir} and waits for it to end.
   *
   * @throws IllegalStateException when it does not end within {@code timeout} (it is then killed)
   */
  static Result run(
      StandaloneCluster cluster,
      List<String> options,
      Path jar,
      List<String> appArgs,
      Path workDir,
      Duration timeout)
      throws InterruptedException {
    List<String> before = ExecutorJvm.appIds(workDirs(cluster));
    List<String> args = new ArrayList<>(List.of("--master", cluster.masterUrl()));
    args.addAll(List.of("--deploy-mode", "client"));
    args.addAll(options);
    args.add(jar.toAbsolutePath().toString());
    args.addAll(appArgs);
    List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-Duser.timezone=UTC"));
    jvm.addAll(StandaloneCluster.moduleOptions());
    JvmProcess driver =
        JvmProcess.start(
            "driver",
            jvm,
            cluster.home().classpath(),
            "org.apache.spark.deploy.SparkSubmit",
            args,
            StandaloneCluster.environment(cluster.home()),
            workDir,
            cluster.dir().resolve("logs/driver.log"));
    Set<Long> children = ConcurrentHashMap.newKeySet();
    Thread watcher = new Thread(() -> watchWorkers(cluster, driver, children), "watch-executors");
    watcher.setDaemon(true);
    watcher.start();
    OptionalInt exit;
    try {
      exit = driver.waitFor(timeout);
    } finally {
      if (driver.isAlive()) {
        driver.destroyTree(Duration.ofSeconds(10));
      }
      watcher.join(5_000);
    }
    if (exit.isEmpty()) {
      throw new IllegalStateException(
          "The driver did not end within " + timeout + "; its log:\n" + driver.logText());
    }
    List<String> apps = new ArrayList<>(ExecutorJvm.appIds(workDirs(cluster)));
    apps.removeAll(before);
    String appId = apps.size() == 1 ? apps.get(0) : "";
    return new Result(
        exit.getAsInt(),
        driver.pid(),
        driver.log(),
        driver.logText(),
        appId,
        appId.isEmpty() ? List.of() : ExecutorJvm.of(appId, workDirs(cluster)),
        Set.copyOf(children));
  }

  private static List<Path> workDirs(StandaloneCluster cluster) {
    return cluster.workerDirs().stream().map(d -> d.resolve("work")).toList();
  }

  /** Records the JVMs the workers start (executors) until the driver ends. */
  private static void watchWorkers(StandaloneCluster cluster, JvmProcess driver, Set<Long> seen) {
    while (driver.isAlive()) {
      for (JvmProcess worker : cluster.workers()) {
        worker
            .handle()
            .children()
            .filter(SparkSubmission::isExecutor)
            .forEach(p -> seen.add(p.pid()));
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static boolean isExecutor(ProcessHandle process) {
    return process
        .info()
        .commandLine()
        .map(c -> c.contains("CoarseGrainedExecutorBackend"))
        .orElse(true);
  }

  /** {@code --conf key=value} pairs as options. */
  static List<String> conf(Map<String, String> conf) {
    List<String> options = new ArrayList<>();
    conf.forEach(
        (k, v) -> {
          options.add("--conf");
          options.add(k + "=" + v);
        });
    return options;
  }
}
