package dev.furrow.aws;

import java.io.IOException;
import java.io.InputStream;

/**
 * Test launcher: runs another program's {@code main} in this JVM and exits as soon as standard
 * input reaches its end, that is when the process that started this one closes the pipe or dies. So
 * a server started for tests never outlives the test JVM, even one that was killed.
 *
 * <p>Usage: {@code java -cp <program>:<this> dev.furrow.aws.ParentWatch <main class> <args...>}.
 */
public final class ParentWatch {

  private ParentWatch() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: ParentWatch <main class> [args...]");
      System.exit(2);
    }
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                  // Ignore input; only its end matters.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone too.
              }
              Runtime.getRuntime().halt(0);
            },
            "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
    String[] rest = new String[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
  }
}
