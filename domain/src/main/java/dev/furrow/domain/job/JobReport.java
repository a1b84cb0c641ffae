package dev.furrow.domain.job;

import java.util.List;

/** Value: the outcome of one job, one report per run it considered, in run id order. */
public record JobReport(List<RunReport> runs) {

  public JobReport {
    runs = List.copyOf(runs);
  }

  /** Whether any run failed (the command line then exits with 1). */
  public boolean anyFailed() {
    return runs.stream().anyMatch(r -> r.outcome() == RunOutcome.FAILED);
  }

  /** Whether there was nothing to process. */
  public boolean nothingToDo() {
    return runs.isEmpty();
  }
}
