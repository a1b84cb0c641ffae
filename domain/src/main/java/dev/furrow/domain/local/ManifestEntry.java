package dev.furrow.domain.local;

import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.LeaseLostException;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.run.RunStats;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: a stored run record plus its lease token; the state machine shared by the local manifests.
 *
 * <p>Rules: a run is leasable when unknown, {@link RunState#FAILED}, or {@link RunState#PROCESSING}
 * with {@code now >= leaseExpiry}; each lease increments the token and the attempt count. Finishing
 * requires the run to be {@code PROCESSING} under the same owner and token (a lease that expired
 * but was not taken over may still finish). Error is present only for {@code FAILED}, stats only
 * for {@code PROCESSED}, lease expiry only for {@code PROCESSING}.
 */
record ManifestEntry(RunRecord record, long leaseToken) {

  ManifestEntry {
    Objects.requireNonNull(record, "record");
  }

  /** The entry after {@code owner} leases the run, or empty when the run is not leasable now. */
  static Optional<ManifestEntry> lease(
      RunId runId, Optional<ManifestEntry> current, String owner, Instant now, Duration leaseTime) {
    checkLeaseArguments(owner, leaseTime);
    if (current.isPresent() && !current.get().leasableAt(now)) {
      return Optional.empty();
    }
    int attempts = current.map(c -> c.record.attempts()).orElse(0) + 1;
    long token = current.map(ManifestEntry::leaseToken).orElse(0L) + 1;
    RunRecord leased =
        new RunRecord(
            runId,
            RunState.PROCESSING,
            Optional.of(owner),
            Optional.of(now),
            Optional.empty(),
            Optional.of(now.plus(leaseTime)),
            Optional.empty(),
            Optional.empty(),
            attempts);
    return Optional.of(new ManifestEntry(leased, token));
  }

  static void checkLeaseArguments(String owner, Duration leaseTime) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(leaseTime, "leaseTime");
    if (owner.isBlank()) {
      throw new IllegalArgumentException("Lease owner must not be blank");
    }
    if (leaseTime.isNegative() || leaseTime.isZero()) {
      throw new IllegalArgumentException("Lease time must be positive: " + leaseTime);
    }
  }

  /** The lease this entry grants; only meaningful for a {@code PROCESSING} entry. */
  Lease toLease() {
    return new Lease(
        record.runId(),
        record.owner().orElseThrow(),
        record.leaseExpiry().orElseThrow(),
        leaseToken);
  }

  boolean leasableAt(Instant now) {
    return switch (record.state()) {
      case PROCESSED -> false;
      case FAILED -> true;
      case PROCESSING -> record.leaseExpiry().map(expiry -> !now.isBefore(expiry)).orElse(true);
    };
  }

  /** The entry after the lease holder finished successfully; throws when the lease was lost. */
  ManifestEntry processed(Lease lease, RunStats stats, Instant now) {
    Objects.requireNonNull(stats, "stats");
    checkHeldBy(lease);
    return finished(RunState.PROCESSED, Optional.of(stats), Optional.empty(), now);
  }

  /** The entry after the lease holder failed; throws when the lease was lost. */
  ManifestEntry failed(Lease lease, String error, Instant now) {
    Objects.requireNonNull(error, "error");
    checkHeldBy(lease);
    return finished(RunState.FAILED, Optional.empty(), Optional.of(error), now);
  }

  /** Fails with {@link LeaseLostException} unless {@code current} is held under {@code lease}. */
  static ManifestEntry requireHeld(Optional<ManifestEntry> current, Lease lease) {
    Objects.requireNonNull(lease, "lease");
    ManifestEntry entry =
        current.orElseThrow(() -> new LeaseLostException(lease.runId(), lease.owner()));
    entry.checkHeldBy(lease);
    return entry;
  }

  private void checkHeldBy(Lease lease) {
    boolean held =
        record.state() == RunState.PROCESSING
            && leaseToken == lease.token()
            && record.owner().filter(lease.owner()::equals).isPresent();
    if (!held) {
      throw new LeaseLostException(lease.runId(), lease.owner());
    }
  }

  private ManifestEntry finished(
      RunState state, Optional<RunStats> stats, Optional<String> error, Instant now) {
    RunRecord done =
        new RunRecord(
            record.runId(),
            state,
            record.owner(),
            record.startedAt(),
            Optional.of(now),
            Optional.empty(),
            stats,
            error,
            record.attempts());
    return new ManifestEntry(done, leaseToken);
  }
}
