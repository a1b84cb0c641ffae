package dev.furrow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL password, given on the command line, in a configuration file or in the
 * environment, never appears in anything {@code java -jar furrow.jar} prints: its output, its error
 * messages and stack traces, and its log lines (the jar's own logging, Furrow at info).
 */
class PostgresPasswordSecrecyIT {

  private static final Path JAR = Path.of("target", "furrow.jar");
  private static final String PASSWORD = "pw-" + UUID.randomUUID();

  @TempDir Path dir;

  /** What one process printed. */
  private record Outcome(int exitCode, String out, String err) {
    void assertPasswordNowhere() {
      assertFalse(out.contains(PASSWORD), "password on stdout:\n" + this);
      assertFalse(err.contains(PASSWORD), "password on stderr:\n" + this);
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  @BeforeAll
  static void jarIsBuilt() {
    assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is built by `mvn package`");
  }

  private Outcome furrow(Map<String, String> env, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(args);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("FURROW_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("furrow did not finish in 5 minutes: " + command);
    }
    return new Outcome(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** {@code run} on an empty source, writing under the temporary directory. */
  private List<String> run(String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("run"));
    for (String set :
        List.of(
            "furrow.source.path=" + Files.createDirectories(dir.resolve("enriched")),
            "furrow.manifest.path=" + dir.resolve("manifest"),
            "furrow.parquet.path=" + dir.resolve("out"),
            "furrow.bad-rows.path=" + dir.resolve("bad"))) {
      args.add("--set");
      args.add(set);
    }
    args.addAll(List.of(more));
    return args;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void unreachableServer_passwordGivenWithSet_failsAtStartUp_withoutShowingIt() throws Exception {
    Outcome outcome =
        furrow(
            Map.of(),
            run(
                "--set",
                "furrow.sinks=[parquet,postgres]",
                "--set",
                "furrow.postgres.url=jdbc:postgresql://127.0.0.1:" + closedPort() + "/analytics",
                "--set",
                "furrow.postgres.password=" + PASSWORD));

    assertEquals(1, outcome.exitCode(), outcome.toString());
    assertTrue(
        outcome.err().contains("Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:"),
        outcome.toString());
    outcome.assertPasswordNowhere();
  }

  @Test
  void misspeltUrlScheme_passwordInAConfigFile_isAConfigurationError_withoutShowingIt()
      throws Exception {
    Path config = dir.resolve("furrow.conf");
    Files.writeString(
        config,
        "furrow {\n"
            + "  sinks = [postgres]\n"
            + "  postgres {\n"
            + "    url = \"jdbc:postgres://db:5432/analytics?password="
            + PASSWORD
            + "\"\n"
            + "    password = \""
            + PASSWORD
            + "\"\n"
            + "  }\n"
            + "}\n");

    Outcome outcome = furrow(Map.of(), run("--config", config.toString()));

    assertEquals(2, outcome.exitCode(), outcome.toString());
    assertTrue(
        outcome.err().contains("configuration error: furrow.postgres.url: "), outcome.toString());
    assertTrue(outcome.err().contains("password=***"), outcome.toString());
    outcome.assertPasswordNowhere();
  }

  @Test
  void realServer_passwordFromTheEnvironment_runsTheSample_withoutShowingIt() throws Exception {
    try (PostgresTestSchema db = PostgresTestSchema.fresh()) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "run",
                  "--set",
                  "furrow.sample.path=" + dir.resolve("sample"),
                  "--set",
                  "furrow.manifest.path=" + dir.resolve("manifest"),
                  "--set",
                  "furrow.parquet.path=" + dir.resolve("out"),
                  "--set",
                  "furrow.bad-rows.path=" + dir.resolve("bad"),
                  "--set",
                  "furrow.sinks=[parquet,postgres]",
                  "--set",
                  "furrow.postgres.schema=" + db.name,
                  "--set",
                  "furrow.spark.master=local[2]",
                  "--set",
                  "furrow.spark.conf.spark.ui.enabled=false",
                  "--set",
                  "furrow.spark.conf.spark.driver.host=127.0.0.1",
                  "--set",
                  "furrow.spark.conf.spark.driver.bindAddress=127.0.0.1"));

      Outcome outcome =
          furrow(
              Map.of(
                  "FURROW_PG_URL", PostgresTestSchema.URL,
                  "FURROW_PG_USER", PostgresTestSchema.USER,
                  "FURROW_PG_PASSWORD", PASSWORD),
              args);

      assertEquals(0, outcome.exitCode(), outcome.toString());
      assertTrue(outcome.err().contains("Loaded "), "info logs are shown:\n" + outcome);
      assertTrue(db.count("furrow_loads") > 0, "the sample was loaded");
      outcome.assertPasswordNowhere();
    }
  }
}
