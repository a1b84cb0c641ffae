package dev.furrow.domain.run;

/** Thrown when a process finishes a run whose lease another process has taken over. */
public final class LeaseLostException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LeaseLostException(RunId runId, String owner) {
    super("Lease on run " + runId + " held by " + owner + " was lost (expired and taken over)");
  }
}
