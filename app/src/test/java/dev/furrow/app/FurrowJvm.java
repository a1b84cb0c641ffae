package dev.furrow.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: a Furrow command ({@code java -cp <test classpath> dev.furrow.app.Main ...}) in a
 * JVM of its own, with extra environment variables; its output goes to a log file.
 */
final class FurrowJvm {

  private final Process process;
  private final Path log;

  private FurrowJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code furrow <args>} in {@code workDir}. */
  static FurrowJvm start(List<String> args, Map<String, String> env, Path workDir, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-XX:TieredStopAtLevel=1");
    // The module openings Spark needs on Java 17, as the test JVM got them.
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("--add-opens")
          || option.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || option.startsWith("-Djdk.reflect")
          || option.startsWith("-Duser.timezone")
          || option.startsWith("-Dfile.encoding")) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(args);
    try {
      Files.createDirectories(workDir);
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      return new FurrowJvm(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
  }

  long pid() {
    return process.pid();
  }

  /** Waits for the exit code; stops the process and fails when {@code timeout} passes first. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(
          "furrow (pid " + pid() + ") still running after " + timeout + output());
    }
    return process.exitValue();
  }

  /** Stops the process if it still runs; never throws. */
  void destroy() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  /** The output so far, for failure messages. */
  String output() {
    try {
      return "\n--- output of pid " + pid() + " (" + log + ")\n" + Files.readString(log);
    } catch (IOException e) {
      return "\n(cannot read " + log + ": " + e + ")";
    }
  }
}
