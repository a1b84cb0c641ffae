package dev.furrow.sinks.postgres;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.OTHER;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.RUN_B;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.failingAfter;
import static dev.furrow.domain.sink.SinkFixtures.manyRows;
import static dev.furrow.sinks.postgres.TestDatabase.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ModelRow;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code furrow_loads} ledger: one row per run and model, written with the load. */
class PostgresLoadLedgerIT {

  private static final TestDatabase DB = TestDatabase.create();

  private PostgresSink sink;

  @BeforeEach
  void emptySchema() {
    DB.reset();
    sink = PostgresSink.create(DB.settings());
  }

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Test
  void eachLoad_isRecordedOncePerRunAndModel_andAReloadReplacesItsEntry() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    sink.write(RUN_B, ALL_TYPES, VARIED.subList(0, 2).iterator());
    sink.write(RUN_A, OTHER, List.of(ModelRow.of("FR", 1L)).iterator());
    String firstLoadedAt = loadedAt(RUN_A.value(), ALL_TYPES.name());

    sink.write(RUN_A, ALL_TYPES, VARIED.subList(0, 1).iterator());

    assertEquals(
        List.of(
            RUN_A + " " + ALL_TYPES.name() + " 1",
            RUN_A + " " + OTHER.name() + " 1",
            RUN_B + " " + ALL_TYPES.name() + " 2"),
        ledger());
    assertTrue(
        loadedAt(RUN_A.value(), ALL_TYPES.name()).compareTo(firstLoadedAt) > 0,
        "the reload's time replaced the first");
    assertEquals(
        0,
        DB.queryLong(
            "SELECT count(*) FROM " + q(DB.schema) + ".furrow_loads WHERE NOT (seconds >= 0)"));
  }

  @Test
  void failedLoad_leavesTheLedgerEntryOfThePreviousLoad() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    String loadedAt = loadedAt(RUN_A.value(), ALL_TYPES.name());

    assertThrows(
        IllegalStateException.class,
        () ->
            sink.write(
                RUN_A,
                ALL_TYPES,
                failingAfter(manyRows(100_000), 90_000, new IllegalStateException("source"))));

    assertEquals(List.of(RUN_A + " " + ALL_TYPES.name() + " " + VARIED.size()), ledger());
    assertEquals(loadedAt, loadedAt(RUN_A.value(), ALL_TYPES.name()));
  }

  @Test
  void ledgerRows_matchTheRowsInTheTable() {
    sink.write(RUN_A, ALL_TYPES, manyRows(12_345));
    sink.write(RUN_B, ALL_TYPES, VARIED.iterator());

    assertEquals(
        0,
        DB.queryLong(
            "SELECT count(*) FROM "
                + q(DB.schema)
                + ".furrow_loads l WHERE l.rows <> (SELECT count(*) FROM "
                + q(DB.schema)
                + "."
                + q(ALL_TYPES.name())
                + " t WHERE t.run_id = l.run_id)"));
    assertEquals(2, DB.queryLong("SELECT count(*) FROM " + q(DB.schema) + ".furrow_loads"));
  }

  private static List<String> ledger() {
    return DB.strings(
        "SELECT run_id || ' ' || model || ' ' || rows FROM "
            + q(DB.schema)
            + ".furrow_loads ORDER BY run_id, model");
  }

  private static String loadedAt(String run, String model) {
    return DB.strings(
            "SELECT to_char(loaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') FROM "
                + q(DB.schema)
                + ".furrow_loads WHERE run_id = ? AND model = ?",
            run,
            model)
        .get(0);
  }
}
