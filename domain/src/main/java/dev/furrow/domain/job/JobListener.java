package dev.furrow.domain.job;

import dev.furrow.domain.run.RunId;

/** Port: hears a job's progress (the command line prints it). */
public interface JobListener {

  /** A run was leased and its processing begins. */
  void runStarted(RunId runId);

  /** A run ended, whatever its outcome. */
  void runFinished(RunReport report);

  /** Anything else worth telling the user. */
  void info(String message);

  /** A listener that ignores everything. */
  static JobListener silent() {
    return new JobListener() {
      @Override
      public void runStarted(RunId runId) {}

      @Override
      public void runFinished(RunReport report) {}

      @Override
      public void info(String message) {}
    };
  }
}
