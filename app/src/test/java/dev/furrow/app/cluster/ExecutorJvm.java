package dev.furrow.app.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Value: what one executor of an application left in its worker's work directory ({@code
 * <work>/<app id>/<executor id>/}): the process id it logged at start-up, how many tasks it
 * finished, and the files the driver shipped to it.
 *
 * @param worker the work directory of the worker that launched it
 * @param executorId Spark's executor id
 * @param pid the process id from its log, if it logged one
 * @param tasksFinished the number of tasks its log reports finished
 * @param files the names of the files in its working directory (shipped jars and files, logs)
 */
record ExecutorJvm(
    Path worker, String executorId, OptionalLong pid, int tasksFinished, List<String> files) {

  private static final Pattern PID = Pattern.compile("Started daemon with process name: (\\d+)@");
  private static final Pattern FINISHED = Pattern.compile("Finished task \\S+ in stage");

  /** The executors of {@code appId} found in the given worker work directories. */
  static List<ExecutorJvm> of(String appId, List<Path> workerWorkDirs) {
    List<ExecutorJvm> result = new ArrayList<>();
    for (Path work : workerWorkDirs) {
      Path app = work.resolve(appId);
      if (!Files.isDirectory(app)) {
        continue;
      }
      for (Path executor : list(app)) {
        result.add(read(work, executor));
      }
    }
    return result;
  }

  /** The application ids the given worker work directories hold. */
  static List<String> appIds(List<Path> workerWorkDirs) {
    List<String> ids = new ArrayList<>();
    for (Path work : workerWorkDirs) {
      if (Files.isDirectory(work)) {
        for (Path app : list(work)) {
          String name = app.getFileName().toString();
          if (name.startsWith("app-") && !ids.contains(name)) {
            ids.add(name);
          }
        }
      }
    }
    return ids;
  }

  private static ExecutorJvm read(Path worker, Path executorDir) {
    String log = "";
    Path stderr = executorDir.resolve("stderr");
    try {
      if (Files.exists(stderr)) {
        log = Files.readString(stderr);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher pid = PID.matcher(log);
    int finished = 0;
    Matcher task = FINISHED.matcher(log);
    while (task.find()) {
      finished++;
    }
    List<String> files = list(executorDir).stream().map(p -> p.getFileName().toString()).toList();
    return new ExecutorJvm(
        worker,
        executorDir.getFileName().toString(),
        pid.find() ? OptionalLong.of(Long.parseLong(pid.group(1))) : OptionalLong.empty(),
        finished,
        files);
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
