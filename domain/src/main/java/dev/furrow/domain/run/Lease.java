package dev.furrow.domain.run;

import java.time.Instant;

/** Value: proof that a process holds a run until {@code expiry}; required to finish the run. */
public record Lease(RunId runId, String owner, Instant expiry, long token) {}
