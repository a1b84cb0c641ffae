package dev.furrow.app.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Test fixture: a Spark standalone cluster on loopback, a master and workers each in its own JVM
 * (and each worker starting executors in JVMs of their own), from a {@link SparkHome}. Every
 * process writes its log under the cluster's directory; {@link #close()} stops the workers (with
 * their executors), then the master, and runs on JVM exit too if a test forgets.
 */
final class StandaloneCluster implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_GRACE = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final SparkHome home;
  private final Path dir;
  private final JvmProcess master;
  private final int masterPort;
  private final int masterUiPort;
  private final List<JvmProcess> workers = new ArrayList<>();
  private final List<Path> workerDirs = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "stop-spark-cluster");
  private boolean closed;

  private StandaloneCluster(SparkHome home, Path dir, JvmProcess master, int port, int uiPort) {
    this.home = home;
    this.dir = dir;
    this.master = master;
    this.masterPort = port;
    this.masterUiPort = uiPort;
  }

  /**
   * Starts a master, waits until it is alive, starts {@code workerCount} workers of {@code
   * coresPerWorker} cores and 1 GiB each, and waits until all of them registered.
   */
  static StandaloneCluster start(SparkHome home, Path dir, int workerCount, int coresPerWorker)
      throws InterruptedException {
    int port = freePort();
    int uiPort = freePort();
    JvmProcess master =
        JvmProcess.start(
            "master",
            daemonJvmOptions(List.of("-Dspark.master.rest.enabled=false")),
            home.classpath(),
            "org.apache.spark.deploy.master.Master",
            List.of("--host", "127.0.0.1", "--port", "" + port, "--webui-port", "" + uiPort),
            environment(home),
            dir.resolve("master"),
            dir.resolve("logs/master.log"));
    StandaloneCluster cluster = new StandaloneCluster(home, dir, master, port, uiPort);
    Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
    try {
      cluster.awaitState("the master to be ALIVE", () -> "ALIVE".equals(cluster.status()));
      for (int i = 1; i <= workerCount; i++) {
        cluster.startWorker(i, coresPerWorker);
      }
      cluster.awaitState(
          workerCount + " workers to register", () -> cluster.aliveWorkers() == workerCount);
      return cluster;
    } catch (RuntimeException | InterruptedException | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code spark://127.0.0.1:<port>}. */
  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  SparkHome home() {
    return home;
  }

  Path dir() {
    return dir;
  }

  List<JvmProcess> workers() {
    return List.copyOf(workers);
  }

  /** The work directories of the workers, where each executor has {@code <app id>/<exec id>/}. */
  List<Path> workerDirs() {
    return List.copyOf(workerDirs);
  }

  /** The JVM options Spark needs on Java 17 (harmless on Spark 4), as Spark's launcher has them. */
  static List<String> moduleOptions() {
    return Arrays.asList(JavaModuleOptions.defaultModuleOptions().trim().split("\\s+"));
  }

  /** The environment of every Spark process of this cluster. */
  static Map<String, String> environment(SparkHome home) {
    return Map.of(
        "SPARK_HOME", home.path().toString(),
        "SPARK_SCALA_VERSION", home.scalaVersion(),
        "SPARK_LOCAL_IP", "127.0.0.1");
  }

  private static List<String> daemonJvmOptions(List<String> more) {
    List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Duser.timezone=UTC"));
    options.addAll(moduleOptions());
    options.addAll(more);
    return options;
  }

  private void startWorker(int index, int cores) {
    Path workDir = dir.resolve("worker-" + index);
    workerDirs.add(workDir);
    workers.add(
        JvmProcess.start(
            "worker-" + index,
            daemonJvmOptions(List.of()),
            home.classpath(),
            "org.apache.spark.deploy.worker.Worker",
            List.of(
                "--host",
                "127.0.0.1",
                "--port",
                "" + freePort(),
                "--webui-port",
                "" + freePort(),
                "--cores",
                "" + cores,
                "--memory",
                "1g",
                "--work-dir",
                workDir.resolve("work").toString(),
                masterUrl()),
            environment(home),
            workDir,
            dir.resolve("logs/worker-" + index + ".log")));
  }

  private JsonNode masterJson() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    } catch (IOException e) {
      return null; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private String status() {
    JsonNode json = masterJson();
    return json == null ? "" : json.path("status").asText();
  }

  private int aliveWorkers() {
    JsonNode json = masterJson();
    int alive = 0;
    if (json != null) {
      for (JsonNode worker : json.path("workers")) {
        if ("ALIVE".equals(worker.path("state").asText())) {
          alive++;
        }
      }
    }
    return alive;
  }

  private void awaitState(String what, Supplier<Boolean> ready) throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (!ready.get()) {
      List<JvmProcess> all = new ArrayList<>(workers);
      all.add(master);
      for (JvmProcess p : all) {
        if (!p.isAlive()) {
          throw new IllegalStateException(
              p.name() + " died while waiting for " + what + "; its log:\n" + p.logText());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Timed out after " + READY_TIMEOUT + " waiting for " + what + "; logs in " + dir);
      }
      Thread.sleep(500);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized void stopAll() {
    if (closed) {
      return;
    }
    closed = true;
    for (JvmProcess worker : workers) {
      worker.destroyTree(STOP_GRACE);
    }
    master.destroyTree(STOP_GRACE);
  }

  /** Stops the workers and their executors, then the master. */
  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and runs the hook itself
    }
  }
}
