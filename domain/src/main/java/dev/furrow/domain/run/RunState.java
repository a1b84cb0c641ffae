package dev.furrow.domain.run;

/** The state of a run in the manifest. */
public enum RunState {
  /** Leased by a process that is working on it; taken over by others only after the lease ends. */
  PROCESSING,
  /** Done: every model was written to every sink. Never processed again. */
  PROCESSED,
  /** The last attempt failed; the run is pending again. */
  FAILED
}
