package dev.furrow.domain.local;

import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunManifest;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunStats;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Adapter: a run manifest held in memory, for tests and single-process runs; it defines the
 * semantics every other manifest must match.
 *
 * <ul>
 *   <li>A run is leasable when it is unknown, {@link dev.furrow.domain.run.RunState#FAILED}, or
 *       {@code PROCESSING} under a lease whose expiry has been reached ({@code now >= expiry}). An
 *       active lease blocks every owner, its own included.
 *   <li>Every lease counts one attempt and carries a fresh, larger token.
 *   <li>{@code markProcessed}/{@code markFailed} succeed only while the run is {@code PROCESSING}
 *       under the same owner and token; otherwise they throw {@link
 *       dev.furrow.domain.run.LeaseLostException} and change nothing. A lease that expired but was
 *       not taken over may still finish. A finished lease cannot be used again.
 *   <li>A processed run is never leased again.
 * </ul>
 *
 * <p>All methods are atomic with respect to each other (one monitor).
 */
public final class InMemoryRunManifest implements RunManifest {

  private final Clock clock;
  private final TreeMap<RunId, ManifestEntry> entries = new TreeMap<>();

  public InMemoryRunManifest() {
    this(Clock.systemUTC());
  }

  public InMemoryRunManifest(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Optional<Lease> tryLease(RunId runId, String owner, Duration leaseTime) {
    Objects.requireNonNull(runId, "runId");
    Optional<ManifestEntry> leased =
        ManifestEntry.lease(
            runId, Optional.ofNullable(entries.get(runId)), owner, clock.instant(), leaseTime);
    leased.ifPresent(entry -> entries.put(runId, entry));
    return leased.map(ManifestEntry::toLease);
  }

  @Override
  public synchronized void markProcessed(Lease lease, RunStats stats) {
    ManifestEntry current = ManifestEntry.requireHeld(current(lease), lease);
    entries.put(lease.runId(), current.processed(lease, stats, clock.instant()));
  }

  @Override
  public synchronized void markFailed(Lease lease, String error) {
    ManifestEntry current = ManifestEntry.requireHeld(current(lease), lease);
    entries.put(lease.runId(), current.failed(lease, error, clock.instant()));
  }

  @Override
  public synchronized Optional<RunRecord> get(RunId runId) {
    Objects.requireNonNull(runId, "runId");
    return Optional.ofNullable(entries.get(runId)).map(ManifestEntry::record);
  }

  @Override
  public synchronized List<RunRecord> list() {
    return entries.values().stream().map(ManifestEntry::record).toList();
  }

  private Optional<ManifestEntry> current(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    return Optional.ofNullable(entries.get(lease.runId()));
  }
}
