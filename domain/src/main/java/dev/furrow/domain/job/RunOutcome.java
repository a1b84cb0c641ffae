package dev.furrow.domain.job;

/** What happened to one run in a job. */
public enum RunOutcome {
  /** Written to every sink and marked processed. */
  PROCESSED,
  /** Not marked processed; the manifest holds the error and the run stays pending. */
  FAILED,
  /** Another process holds a live lease on it. */
  SKIPPED_LEASED,
  /** Pending; nothing was done because the job was a dry run. */
  DRY_RUN
}
