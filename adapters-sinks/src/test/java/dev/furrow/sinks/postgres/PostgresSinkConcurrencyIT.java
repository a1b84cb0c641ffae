package dev.furrow.sinks.postgres;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.RUN_B;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.domain.sink.SinkFixtures.manyRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ModelRow;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two writes of the same run at once queue up; writes of other runs do not wait. */
class PostgresSinkConcurrencyIT {

  private static final TestDatabase DB = TestDatabase.create();
  private static final int FIRST_ROWS = 30_000;

  private final ExecutorService writers = Executors.newFixedThreadPool(3);
  private PostgresSink sink;

  @BeforeEach
  void emptySchema() {
    DB.reset();
    sink = PostgresSink.create(DB.settings());
    sink.prepare(ALL_TYPES);
  }

  @AfterEach
  void stopWriters() {
    writers.shutdownNow();
  }

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Test
  @Timeout(120)
  void concurrentWritesOfOneRun_runOneAfterTheOther_leavingOneCopy() throws Exception {
    CountDownLatch stalled = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Iterator<ModelRow> first = stallingAtEnd(manyRows(FIRST_ROWS), stalled, release);

    Future<Long> firstWrite = writers.submit(() -> sink.write(RUN_A, ALL_TYPES, first));
    assertTrue(stalled.await(60, TimeUnit.SECONDS));
    Future<Long> secondWrite =
        writers.submit(() -> sink.write(RUN_A, ALL_TYPES, VARIED.iterator()));
    Future<Long> otherRun = writers.submit(() -> sink.write(RUN_B, ALL_TYPES, VARIED.iterator()));
    try {
      assertEquals(VARIED.size(), otherRun.get(60, TimeUnit.SECONDS), "another run does not wait");
      awaitAdvisoryLockWaiter();
      assertFalse(secondWrite.isDone(), "the second write of the run waits for the first");
    } finally {
      release.countDown();
    }

    assertEquals(FIRST_ROWS, firstWrite.get(60, TimeUnit.SECONDS));
    assertEquals(VARIED.size(), secondWrite.get(60, TimeUnit.SECONDS));
    assertSameRows(VARIED, DB.rows(ALL_TYPES, ALL_TYPES.name(), "run_id = ?", RUN_A.value()));
    assertSameRows(VARIED, DB.rows(ALL_TYPES, ALL_TYPES.name(), "run_id = ?", RUN_B.value()));
  }

  private static void awaitAdvisoryLockWaiter() throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      long waiting =
          DB.queryLong(
              "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?"
                  + " AND wait_event_type = 'Lock' AND wait_event = 'advisory'",
              DB.applicationName);
      if (waiting == 1) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no write waited on the run's advisory lock");
  }

  /** {@code rows}, holding back the end of the iteration until {@code release} opens. */
  private static Iterator<ModelRow> stallingAtEnd(
      Iterator<ModelRow> rows, CountDownLatch stalled, CountDownLatch release) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (rows.hasNext()) {
          return true;
        }
        stalled.countDown();
        try {
          if (!release.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        return false;
      }

      @Override
      public ModelRow next() {
        return rows.next();
      }
    };
  }
}
