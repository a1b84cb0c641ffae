package dev.furrow.sinks.postgres;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.domain.sink.SinkFixtures.manyRows;
import static dev.furrow.sinks.postgres.TestDatabase.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ModelRow;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The loading connection killed by the server ({@code pg_terminate_backend}) in the middle of a
 * COPY: readers keep seeing the previous rows of the run, and the next write of the run succeeds.
 */
class PostgresSinkCrashIT {

  private static final TestDatabase DB = TestDatabase.create();

  /** Rows streamed before the load stalls: several chunks, so the server is mid-COPY. */
  private static final int STALL_AFTER = 60_000;

  private final ExecutorService loader = Executors.newSingleThreadExecutor();
  private PostgresSink sink;

  @BeforeEach
  void emptySchema() {
    DB.reset();
    sink = PostgresSink.create(DB.settings());
  }

  @AfterEach
  void stopLoader() {
    loader.shutdownNow();
  }

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Test
  @Timeout(120)
  void backendKilledMidCopy_leavesThePreviousRows_andTheRetrySucceeds() throws Exception {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    CountDownLatch stalled = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Iterator<ModelRow> stalling = stallingAfter(manyRows(200_000), stalled, release);

    Future<Long> load = loader.submit(() -> sink.write(RUN_A, ALL_TYPES, stalling));
    assertTrue(stalled.await(60, TimeUnit.SECONDS), "the load reached the stall");
    try {
      assertTrue(
          DB.queryLong(
                  "SELECT p.tuples_processed FROM pg_stat_progress_copy p"
                      + " JOIN pg_stat_activity a USING (pid) WHERE a.application_name = ?",
                  DB.applicationName)
              > 0,
          "the server has received rows of the COPY");
      assertSameRows(VARIED, readRun());
      assertEquals(
          1,
          DB.queryLong(
              "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                  + " WHERE application_name = ?",
              DB.applicationName),
          "one loading backend terminated");
    } finally {
      release.countDown();
    }

    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> load.get(60, TimeUnit.SECONDS));
    PostgresSinkException e = assertInstanceOf(PostgresSinkException.class, failed.getCause());
    assertTrue(e.getMessage().contains("keeps its previous rows"), e.getMessage());
    assertSameRows(VARIED, readRun());
    assertEquals(
        List.of(String.valueOf(VARIED.size())),
        DB.strings("SELECT rows::text FROM " + q(DB.schema) + ".furrow_loads"));

    long written = sink.write(RUN_A, ALL_TYPES, manyRows(STALL_AFTER));

    assertEquals(STALL_AFTER, written);
    assertEquals(
        STALL_AFTER,
        DB.queryLong(
            "SELECT count(*) FROM "
                + q(DB.schema)
                + "."
                + q(ALL_TYPES.name())
                + " WHERE run_id = ?",
            RUN_A.value()));
    assertEquals(
        List.of(String.valueOf(STALL_AFTER)),
        DB.strings("SELECT rows::text FROM " + q(DB.schema) + ".furrow_loads"));
  }

  private static List<ModelRow> readRun() {
    return DB.rows(ALL_TYPES, ALL_TYPES.name(), "run_id = ?", RUN_A.value());
  }

  /** {@code rows}, stopping before row {@code after} until {@code release} opens. */
  private static Iterator<ModelRow> stallingAfter(
      Iterator<ModelRow> rows, CountDownLatch stalled, CountDownLatch release) {
    return new Iterator<>() {
      private int returned;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ModelRow next() {
        if (returned++ == STALL_AFTER) {
          stalled.countDown();
          try {
            if (!release.await(60, TimeUnit.SECONDS)) {
              throw new IllegalStateException("never released");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        }
        return rows.next();
      }
    };
  }
}
