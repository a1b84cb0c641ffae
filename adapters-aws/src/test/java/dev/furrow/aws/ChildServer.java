package dev.furrow.aws;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: a server running as a child process on a loopback port it chose itself, found by
 * reading the port from the server's output. Its output goes to a log file; closing it closes the
 * server's standard input (the servers here exit on that), then terminates the process.
 */
public final class ChildServer implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private ChildServer(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code command} in {@code workDir} and waits until a line of its output matches {@code
   * ready}, whose first group is the port. Fails, with the output so far, when the process ends or
   * {@code timeout} passes first; the process is then stopped.
   */
  public static ChildServer start(
      String name,
      List<String> command,
      Path workDir,
      Map<String, String> environment,
      Pattern ready,
      Duration timeout,
      Path log) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
      builder.environment().putAll(environment);
      Process process = builder.start();
      CompletableFuture<Integer> port = new CompletableFuture<>();
      Thread pump = new Thread(() -> pump(process, ready, log, port), name + "-output");
      pump.setDaemon(true);
      pump.start();
      try {
        return new ChildServer(
            name, process, port.get(timeout.toMillis(), TimeUnit.MILLISECONDS), log);
      } catch (ExecutionException | TimeoutException e) {
        stop(process);
        throw new IllegalStateException(
            name + " did not start within " + timeout + ": " + tail(log), e);
      } catch (InterruptedException e) {
        stop(process);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while starting " + name, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name + " with " + command, e);
    }
  }

  public int port() {
    return port;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    stop(process);
  }

  @Override
  public String toString() {
    return name + "[" + endpoint() + ", pid " + process.pid() + "]";
  }

  private static void pump(
      Process process, Pattern ready, Path log, CompletableFuture<Integer> port) {
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = out.readLine()) != null) {
        file.write(line);
        file.write('\n');
        file.flush();
        Matcher m = ready.matcher(line);
        if (!port.isDone() && m.find()) {
          port.complete(Integer.parseInt(m.group(1)));
        }
      }
    } catch (IOException e) {
      port.completeExceptionally(e);
    } finally {
      port.completeExceptionally(new IllegalStateException("exited with " + exitCode(process)));
    }
  }

  private static String exitCode(Process process) {
    try {
      return process.waitFor(2, TimeUnit.SECONDS) ? "code " + process.exitValue() : "(running)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }

  private static void stop(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed: go on and terminate.
    }
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
      return "output ("
          + log
          + "):\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "no output (" + e.getMessage() + ")";
    }
  }
}
