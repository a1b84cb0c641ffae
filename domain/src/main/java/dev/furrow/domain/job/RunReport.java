package dev.furrow.domain.job;

import dev.furrow.domain.run.RunId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Value: the outcome of one run in a job.
 *
 * @param counts line counts; all zero when the run was not read
 * @param rowsByModel rows written per model name (empty unless processed)
 * @param elapsed time from the start of the run's batch until the run was finished
 */
public record RunReport(
    RunId runId,
    RunOutcome outcome,
    RunCounts counts,
    Map<String, Long> rowsByModel,
    Duration elapsed,
    Optional<String> error) {

  public RunReport {
    rowsByModel = Map.copyOf(rowsByModel);
  }

  static RunReport notRead(RunId runId, RunOutcome outcome) {
    return new RunReport(
        runId, outcome, new RunCounts(0, 0, 0, 0), Map.of(), Duration.ZERO, Optional.empty());
  }
}
