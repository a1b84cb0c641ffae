package dev.furrow.sinks.postgres;

/**
 * Failure: the PostgreSQL sink could not prepare a model's table or load a run. The message says
 * what was being done, on which table and run, what the server said and in which state the run was
 * left; it never holds a password (causes whose message did are replaced by scrubbed copies).
 */
public class PostgresSinkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PostgresSinkException(String message) {
    super(message);
  }

  PostgresSinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
