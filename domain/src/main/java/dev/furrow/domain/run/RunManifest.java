package dev.furrow.domain.run;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Port: the record of which run folders were processed, so each is processed once and none missed.
 *
 * <p>Implementations are safe for concurrent use by several processes: every state change is a
 * conditional (compare-and-set) write, so two processes racing for a run cannot both lease it.
 */
public interface RunManifest {

  /**
   * Leases a run for {@code owner} if it is new, failed, or processing under an expired lease.
   * Returns empty when the run is processed or leased by someone else. Atomic.
   */
  Optional<Lease> tryLease(RunId runId, String owner, Duration leaseTime);

  /**
   * Marks a leased run processed with its stats. Fails with {@link LeaseLostException} when the
   * lease was taken over meanwhile, in which case nothing is written.
   */
  void markProcessed(Lease lease, RunStats stats);

  /** Marks a leased run failed with its error; it becomes pending again. Same lease rule. */
  void markFailed(Lease lease, String error);

  /** The record of one run, empty when the manifest has never seen it. */
  Optional<RunRecord> get(RunId runId);

  /** Every run the manifest knows, sorted by run id. */
  List<RunRecord> list();
}
