package dev.furrow.domain.job;

import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.run.RunId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Value: what one invocation of {@link RunJob} should do.
 *
 * @param models the models to evaluate on every run
 * @param dedup whether natural duplicates are dropped within each run
 * @param maxBadRatio a run whose share of bad lines exceeds this fails and is not marked processed
 * @param onlyRuns when present, only these runs are considered (each must exist in the source)
 * @param batchSize how many runs share one engine job (per-run outputs are kept apart)
 * @param dryRun list what would be processed without leasing or writing anything
 * @param owner identifies this process in the manifest
 * @param leaseTime how long a lease protects a run before another process may take it over
 */
public record JobRequest(
    List<Model> models,
    Dedup dedup,
    double maxBadRatio,
    Optional<Set<RunId>> onlyRuns,
    int batchSize,
    boolean dryRun,
    String owner,
    Duration leaseTime) {

  public JobRequest {
    models = List.copyOf(models);
    Objects.requireNonNull(dedup, "dedup");
    onlyRuns = onlyRuns.map(Set::copyOf);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(leaseTime, "leaseTime");
    if (models.isEmpty()) {
      throw new IllegalArgumentException("At least one model is required");
    }
    if (!(maxBadRatio >= 0.0 && maxBadRatio <= 1.0)) {
      throw new IllegalArgumentException("maxBadRatio must be within [0, 1], was " + maxBadRatio);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    if (leaseTime.isNegative() || leaseTime.isZero()) {
      throw new IllegalArgumentException("leaseTime must be positive, was " + leaseTime);
    }
  }
}
