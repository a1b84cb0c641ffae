package dev.furrow.app.cli;

/** The exit codes of every command, as documented in {@code furrow --help}. */
public final class ExitCodes {

  /** Success, including "nothing to do" and inputs with bad lines that were all read. */
  public static final int OK = 0;

  /** A run failed, or an input could not be read, or an unexpected error stopped the command. */
  public static final int FAILED = 1;

  /** Usage or configuration error: nothing was done. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
