package dev.furrow.app;

import dev.furrow.app.cli.FurrowCommand;
import java.io.InputStream;
import java.io.PrintStream;

/** Entry point of {@code java -jar furrow.jar} and of {@code spark-submit --class}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int exitCode = execute(args, System.in, System.out, System.err);
    System.out.flush();
    System.err.flush();
    System.exit(exitCode);
  }

  /**
   * Runs one command with the given streams and returns its exit code: 0 success (including nothing
   * to do), 1 a run failed or an input could not be read, 2 a usage or configuration error.
   */
  public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return FurrowCommand.execute(args, in, out, err);
  }
}
