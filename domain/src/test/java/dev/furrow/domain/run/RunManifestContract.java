package dev.furrow.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test: the behaviour every {@link RunManifest} must show. Subclasses provide a fresh,
 * empty manifest that reads time from the given clock.
 *
 * <p>Semantics (see also {@code InMemoryRunManifest}): a run is leasable when unknown, failed, or
 * processing under a lease whose expiry has been reached; an active lease blocks every owner, its
 * own included; each lease counts an attempt and carries a new token; finishing needs the current
 * owner and token, otherwise {@link LeaseLostException} and nothing is written.
 */
public abstract class RunManifestContract {

  protected static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
  protected static final Duration LEASE = Duration.ofMinutes(10);
  protected static final RunId RUN_A = RunId.of("run=2024-05-01-09-00-00");
  protected static final RunId RUN_B = RunId.of("run=2024-05-01-10-00-00");
  protected static final RunId RUN_C = RunId.of("run=2024-05-01-11-00-00");
  protected static final RunStats STATS =
      new RunStats(1_000, 990, 10, 4, Map.of("page_views", 120L, "sessions", 37L));

  protected final MutableClock clock = new MutableClock(START);
  protected RunManifest manifest;

  /** A fresh manifest without any run, reading the current time from {@code clock} only. */
  protected abstract RunManifest newManifest(Clock clock);

  @BeforeEach
  void createManifest() {
    manifest = newManifest(clock);
  }

  @Test
  void newRun_isLeasedToItsFirstOwner() {
    Lease lease = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();

    assertEquals(RUN_A, lease.runId());
    assertEquals("owner-1", lease.owner());
    assertEquals(START.plus(LEASE), lease.expiry());
    RunRecord record = manifest.get(RUN_A).orElseThrow();
    assertEquals(RunState.PROCESSING, record.state());
    assertEquals(Optional.of("owner-1"), record.owner());
    assertEquals(Optional.of(START), record.startedAt());
    assertEquals(Optional.empty(), record.endedAt());
    assertEquals(Optional.of(START.plus(LEASE)), record.leaseExpiry());
    assertEquals(Optional.empty(), record.stats());
    assertEquals(Optional.empty(), record.error());
    assertEquals(1, record.attempts());
  }

  @Test
  void unknownRun_hasNoRecord() {
    assertEquals(Optional.empty(), manifest.get(RUN_A));
    assertEquals(List.of(), manifest.list());
  }

  @Test
  void leasedRun_isNotLeasableByAnotherOwner_untilTheLeaseExpires() {
    manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    clock.advance(LEASE.minusMillis(1));

    assertEquals(Optional.empty(), manifest.tryLease(RUN_A, "owner-2", LEASE));
    RunRecord record = manifest.get(RUN_A).orElseThrow();
    assertEquals(Optional.of("owner-1"), record.owner());
    assertEquals(1, record.attempts());
  }

  @Test
  void leasedRun_isNotLeasableAgainByItsOwner_untilTheLeaseExpires() {
    manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();

    assertEquals(Optional.empty(), manifest.tryLease(RUN_A, "owner-1", LEASE));
    assertEquals(1, manifest.get(RUN_A).orElseThrow().attempts());
  }

  @Test
  void processedRun_isNeverLeasableAgain() {
    Lease lease = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    clock.advance(Duration.ofMinutes(3));
    manifest.markProcessed(lease, STATS);
    clock.advance(Duration.ofDays(365));

    assertEquals(Optional.empty(), manifest.tryLease(RUN_A, "owner-2", LEASE));
    assertEquals(Optional.empty(), manifest.tryLease(RUN_A, "owner-1", LEASE));
    RunRecord record = manifest.get(RUN_A).orElseThrow();
    assertEquals(RunState.PROCESSED, record.state());
    assertEquals(Optional.of(START), record.startedAt());
    assertEquals(Optional.of(START.plus(Duration.ofMinutes(3))), record.endedAt());
    assertEquals(Optional.empty(), record.leaseExpiry());
    assertEquals(Optional.of(STATS), record.stats());
    assertEquals(1, record.attempts());
  }

  @Test
  void failedRun_isLeasableAgain_andAttemptsAreCounted() {
    Lease first = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    clock.advance(Duration.ofMinutes(1));
    manifest.markFailed(first, "sink unavailable");

    RunRecord failed = manifest.get(RUN_A).orElseThrow();
    assertEquals(RunState.FAILED, failed.state());
    assertEquals(Optional.of("sink unavailable"), failed.error());
    assertEquals(Optional.of(START.plus(Duration.ofMinutes(1))), failed.endedAt());
    assertEquals(Optional.empty(), failed.leaseExpiry());
    assertEquals(1, failed.attempts());

    clock.advance(Duration.ofMinutes(1));
    Lease second = manifest.tryLease(RUN_A, "owner-2", LEASE).orElseThrow();
    assertTrue(second.token() != first.token(), "a new lease carries a new token");
    RunRecord retried = manifest.get(RUN_A).orElseThrow();
    assertEquals(RunState.PROCESSING, retried.state());
    assertEquals(Optional.of("owner-2"), retried.owner());
    assertEquals(Optional.of(START.plus(Duration.ofMinutes(2))), retried.startedAt());
    assertEquals(Optional.empty(), retried.error());
    assertEquals(2, retried.attempts());

    manifest.markFailed(second, "again");
    Lease third = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    manifest.markProcessed(third, STATS);
    RunRecord done = manifest.get(RUN_A).orElseThrow();
    assertEquals(RunState.PROCESSED, done.state());
    assertEquals(Optional.empty(), done.error());
    assertEquals(3, done.attempts());
  }

  @Test
  void expiredLease_isTakenOver_andTheOldOwnerCannotFinish() {
    Lease stale = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    clock.advance(LEASE);
    Lease fresh = manifest.tryLease(RUN_A, "owner-2", LEASE).orElseThrow();

    assertTrue(fresh.token() != stale.token(), "a takeover carries a new token");
    assertThrows(LeaseLostException.class, () -> manifest.markProcessed(stale, STATS));
    assertThrows(LeaseLostException.class, () -> manifest.markFailed(stale, "late failure"));
    RunRecord record = manifest.get(RUN_A).orElseThrow();
    assertEquals(RunState.PROCESSING, record.state());
    assertEquals(Optional.of("owner-2"), record.owner());
    assertEquals(Optional.of(START.plus(LEASE).plus(LEASE)), record.leaseExpiry());
    assertEquals(Optional.empty(), record.stats());
    assertEquals(Optional.empty(), record.error());
    assertEquals(2, record.attempts());

    manifest.markProcessed(fresh, STATS);
    assertEquals(RunState.PROCESSED, manifest.get(RUN_A).orElseThrow().state());
  }

  @Test
  void expiredLease_notTakenOver_mayStillFinish() {
    Lease lease = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    clock.advance(LEASE.multipliedBy(3));

    manifest.markProcessed(lease, STATS);

    assertEquals(RunState.PROCESSED, manifest.get(RUN_A).orElseThrow().state());
    assertEquals(Optional.empty(), manifest.tryLease(RUN_A, "owner-2", LEASE));
  }

  @Test
  void finishedLease_cannotBeUsedAgain() {
    Lease lease = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    manifest.markProcessed(lease, STATS);
    RunStats other = new RunStats(1, 1, 0, 0, Map.of());

    assertThrows(LeaseLostException.class, () -> manifest.markFailed(lease, "too late"));
    assertThrows(LeaseLostException.class, () -> manifest.markProcessed(lease, other));
    RunRecord record = manifest.get(RUN_A).orElseThrow();
    assertEquals(RunState.PROCESSED, record.state());
    assertEquals(Optional.of(STATS), record.stats());
    assertEquals(Optional.empty(), record.error());
  }

  @Test
  void leaseThatWasNeverGranted_cannotFinish() {
    Lease granted = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    Lease forgedToken =
        new Lease(granted.runId(), granted.owner(), granted.expiry(), granted.token() + 1000);
    Lease otherOwner = new Lease(granted.runId(), "owner-2", granted.expiry(), granted.token());
    Lease unknownRun = new Lease(RUN_B, "owner-1", granted.expiry(), granted.token());

    assertThrows(LeaseLostException.class, () -> manifest.markProcessed(forgedToken, STATS));
    assertThrows(LeaseLostException.class, () -> manifest.markFailed(otherOwner, "x"));
    assertThrows(LeaseLostException.class, () -> manifest.markProcessed(unknownRun, STATS));
    assertEquals(RunState.PROCESSING, manifest.get(RUN_A).orElseThrow().state());
    assertEquals(Optional.empty(), manifest.get(RUN_B));
  }

  @Test
  void invalidLeaseRequests_areRejected_andWriteNothing() {
    assertThrows(IllegalArgumentException.class, () -> manifest.tryLease(RUN_A, " ", LEASE));
    assertThrows(
        IllegalArgumentException.class, () -> manifest.tryLease(RUN_A, "owner-1", Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> manifest.tryLease(RUN_A, "owner-1", Duration.ofSeconds(-1)));
    assertEquals(Optional.empty(), manifest.get(RUN_A));
  }

  @Test
  void list_isSortedByRunId_andShowsEveryState() {
    Lease c = manifest.tryLease(RUN_C, "owner-1", LEASE).orElseThrow();
    manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    Lease b = manifest.tryLease(RUN_B, "owner-1", LEASE).orElseThrow();
    manifest.markProcessed(c, STATS);
    manifest.markFailed(b, "boom");

    List<RunRecord> records = manifest.list();

    assertEquals(List.of(RUN_A, RUN_B, RUN_C), records.stream().map(RunRecord::runId).toList());
    assertEquals(
        List.of(RunState.PROCESSING, RunState.FAILED, RunState.PROCESSED),
        records.stream().map(RunRecord::state).toList());
  }

  @Test
  void statsAndError_roundTrip() {
    RunStats stats =
        new RunStats(
            Long.MAX_VALUE - 1,
            9_876_543_210L,
            0,
            17,
            Map.of("page_views", 1L, "sessions_by_day", 0L, "ünïcode_model", 123_456_789_012L));
    String error =
        "java.lang.IllegalStateException: \"quoted\" \\ back\\slash\n\tat line 2 ✓ {\"json\":1}";
    Lease a = manifest.tryLease(RUN_A, "host-1:4242:π", LEASE).orElseThrow();
    Lease b = manifest.tryLease(RUN_B, "owner-1", LEASE).orElseThrow();
    manifest.markProcessed(a, stats);
    manifest.markFailed(b, error);

    assertEquals(Optional.of(stats), manifest.get(RUN_A).orElseThrow().stats());
    assertEquals(Optional.of("host-1:4242:π"), manifest.get(RUN_A).orElseThrow().owner());
    assertEquals(Optional.of(error), manifest.get(RUN_B).orElseThrow().error());
    assertEquals(List.of(manifest.get(RUN_A).get(), manifest.get(RUN_B).get()), manifest.list());
  }

  @Test
  void manyOwnersRacingForOneRun_exactlyOneGetsTheLease() throws Exception {
    for (int round = 0; round < 5; round++) {
      RunId run = RunId.of("run=2024-05-02-00-00-0" + round);
      List<Optional<Lease>> results = race(8, owner -> manifest.tryLease(run, owner, LEASE));

      List<Lease> winners = results.stream().flatMap(Optional::stream).toList();
      assertEquals(1, winners.size(), "leases granted in round " + round);
      RunRecord record = manifest.get(run).orElseThrow();
      assertEquals(Optional.of(winners.get(0).owner()), record.owner());
      assertEquals(1, record.attempts());
    }
  }

  @Test
  void manyOwnersRacingForAnExpiredLease_exactlyOneTakesItOver() throws Exception {
    Lease stale = manifest.tryLease(RUN_A, "crashed-owner", LEASE).orElseThrow();
    clock.advance(LEASE.plusSeconds(1));

    List<Optional<Lease>> results = race(8, owner -> manifest.tryLease(RUN_A, owner, LEASE));

    List<Lease> winners = results.stream().flatMap(Optional::stream).toList();
    assertEquals(1, winners.size());
    assertEquals(2, manifest.get(RUN_A).orElseThrow().attempts());
    assertThrows(LeaseLostException.class, () -> manifest.markProcessed(stale, STATS));
  }

  /** Runs {@code attempt} on {@code threads} threads released at the same instant. */
  protected static <T> List<T> race(int threads, Function<String, T> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String owner = "racer-" + i;
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return attempt.apply(owner);
                }));
      }
      assertTrue(ready.await(10, TimeUnit.SECONDS), "racers started");
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
