package dev.furrow.domain.run;

import java.time.Instant;
import java.util.Optional;

/**
 * Value: what the manifest knows about one run.
 *
 * @param owner the process holding or last holding the lease, if any
 * @param leaseExpiry when a {@link RunState#PROCESSING} lease may be taken over
 * @param stats the counts of a processed run, if known
 * @param error why the last attempt failed, for {@link RunState#FAILED}
 */
public record RunRecord(
    RunId runId,
    RunState state,
    Optional<String> owner,
    Optional<Instant> startedAt,
    Optional<Instant> endedAt,
    Optional<Instant> leaseExpiry,
    Optional<RunStats> stats,
    Optional<String> error,
    int attempts) {}
