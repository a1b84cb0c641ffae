package dev.furrow.app.cli;

/**
 * Thrown by a command for a usage error found after parsing (e.g. a file argument that does not
 * exist); printed without a stack trace, exit code {@link ExitCodes#USAGE}.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
