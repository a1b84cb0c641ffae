package dev.furrow.sinks.postgres;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.RUN_B;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.domain.sink.SinkFixtures.row;
import static dev.furrow.sinks.postgres.TestDatabase.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the sink creates, how it treats existing tables, and rows whose keys are null. */
class PostgresSinkTablesIT {

  private static final TestDatabase DB = TestDatabase.create();
  private static final String TABLE = ALL_TYPES.name();

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
  void newModel_getsATableOfItsColumnsPlusRunId_uniquePerRunAndKey_withNullKeysEqual() {
    sink.prepare(ALL_TYPES);

    assertEquals(
        List.of(
            "run_id text NO",
            "page text YES",
            "report_date date YES",
            "hour integer YES",
            "is_mobile boolean YES",
            "events bigint YES",
            "revenue double precision YES",
            "last_seen timestamp with time zone YES"),
        DB.strings(
            "SELECT column_name || ' ' || data_type || ' ' || is_nullable"
                + " FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                + " ORDER BY ordinal_position",
            DB.schema,
            TABLE));
    assertEquals(
        List.of("UNIQUE NULLS NOT DISTINCT (run_id, page, report_date, hour, is_mobile)"),
        DB.strings(
            "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c"
                + " WHERE c.conrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass",
            DB.schema,
            TABLE));
    assertTrue(DB.tableExists("furrow_loads"));
    assertEquals(
        1,
        DB.queryLong(
            "SELECT count(*) FROM pg_views WHERE schemaname = ? AND viewname = ?",
            DB.schema,
            TABLE + "_combined"));
  }

  @Test
  void rowsWithNullKeys_areStored_andARunMayNotHoldTheSameNullKeyTwice() {
    ModelRow nullKeys = row(null, null, null, null, 1L, 1.5, null);
    ModelRow otherNullKeys =
        row("/a", null, 3, null, 2L, null, Instant.parse("2024-05-01T00:00:00Z"));
    sink.write(RUN_A, ALL_TYPES, List.of(nullKeys, otherNullKeys).iterator());
    sink.write(RUN_B, ALL_TYPES, List.of(nullKeys).iterator());

    ModelRow sameKeyAgain = row(null, null, null, null, 5L, 2.5, null);
    PostgresSinkException e =
        assertThrows(
            PostgresSinkException.class,
            () -> sink.write(RUN_A, ALL_TYPES, List.of(nullKeys, sameKeyAgain).iterator()));

    assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
    assertTrue(e.getMessage().contains("keeps its previous rows"), e.getMessage());
    assertSameRows(
        List.of(nullKeys, otherNullKeys), DB.rows(ALL_TYPES, TABLE, "run_id = ?", RUN_A.value()));
    assertSameRows(List.of(nullKeys), DB.rows(ALL_TYPES, TABLE, "run_id = ?", RUN_B.value()));
  }

  @Test
  void existingTableOfOtherColumns_isAnErrorNamingEachDifference_andIsLeftAsItWas() {
    DB.execute(
        "CREATE TABLE "
            + q(DB.schema)
            + "."
            + q(TABLE)
            + " (run_id text, page varchar(100), report_date date, is_mobile boolean,"
            + " events bigint, revenue double precision, last_seen timestamp, note text)");

    PostgresSinkException e =
        assertThrows(
            PostgresSinkException.class, () -> sink.write(RUN_A, ALL_TYPES, VARIED.iterator()));

    String message = e.getMessage();
    for (String difference :
        List.of(
            "column run_id should be NOT NULL",
            "column page is character varying(100) but should be text",
            "missing column hour (integer)",
            "column last_seen is timestamp without time zone but should be timestamp with time"
                + " zone",
            "extra column note")) {
      assertTrue(message.contains(difference), difference + " in: " + message);
    }
    assertTrue(message.contains("never alters"), message);
    assertEquals(
        8,
        DB.queryLong(
            "SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ?",
            DB.schema,
            TABLE));
    assertEquals(
        "character varying",
        DB.strings(
                "SELECT data_type FROM information_schema.columns"
                    + " WHERE table_schema = ? AND table_name = ? AND column_name = 'page'",
                DB.schema,
                TABLE)
            .get(0));
    assertEquals(0, DB.queryLong("SELECT count(*) FROM " + q(DB.schema) + "." + q(TABLE)));
    assertFalse(viewExists(TABLE + "_combined"));
  }

  @Test
  void existingTableWithoutTheUniqueKey_isAnError() {
    DB.execute("CREATE TABLE " + q(DB.schema) + "." + q(TABLE) + " (" + allTypesColumns() + ")");

    PostgresSinkException e =
        assertThrows(PostgresSinkException.class, () -> sink.prepare(ALL_TYPES));

    assertTrue(
        e.getMessage()
            .contains(
                "no UNIQUE NULLS NOT DISTINCT constraint on exactly"
                    + " (run_id, page, report_date, hour, is_mobile)"),
        e.getMessage());
  }

  @Test
  void existingTableOfTheRightShape_inAnotherColumnOrder_isUsedAsItIs() {
    DB.execute(
        "CREATE TABLE "
            + q(DB.schema)
            + "."
            + q(TABLE)
            + " (last_seen timestamptz, "
            + allTypesColumns().replace(", last_seen timestamptz", "")
            + ")",
        "CREATE UNIQUE INDEX by_hand ON "
            + q(DB.schema)
            + "."
            + q(TABLE)
            + " (is_mobile, hour, report_date, page, run_id) NULLS NOT DISTINCT");

    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());

    assertSameRows(VARIED, DB.rows(ALL_TYPES, TABLE, "run_id = ?", RUN_A.value()));
    assertEquals(
        List.of("last_seen"),
        DB.strings(
            "SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? AND ordinal_position = 1",
            DB.schema,
            TABLE));
  }

  @Test
  void viewNamedLikeTheModel_isAnError() {
    DB.execute("CREATE VIEW " + q(DB.schema) + "." + q(TABLE) + " AS SELECT 1 AS one");

    PostgresSinkException e =
        assertThrows(
            PostgresSinkException.class, () -> sink.write(RUN_A, ALL_TYPES, VARIED.iterator()));

    assertTrue(e.getMessage().contains("exists but is a view, not a table"), e.getMessage());
  }

  @Test
  void absentSchema_isCreated() {
    DB.drop();

    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());

    assertSameRows(VARIED, DB.rows(ALL_TYPES, TABLE, "run_id = ?", RUN_A.value()));
  }

  @Test
  void reservedWordsAsModelAndColumnNames_workBecauseTheyAreQuoted() {
    Model user =
        Model.named("user")
            .key(Keys.string("select", e -> null))
            .measure(Measures.count("order"))
            .measure(Measures.<Instant>max("table", ColumnType.TIMESTAMP, e -> null))
            .build();
    List<ModelRow> rows =
        List.of(
            ModelRow.of("from", 2L, Instant.parse("2024-05-01T00:00:00Z")),
            ModelRow.of(null, 1L, null));

    sink.write(RUN_A, user, rows.iterator());

    assertSameRows(rows, DB.rows(user, "user", "run_id = ?", RUN_A.value()));
    assertSameRows(rows, DB.rows(user, "user_combined", "true"));
  }

  private static boolean viewExists(String view) {
    return DB.queryLong(
            "SELECT count(*) FROM pg_views WHERE schemaname = ? AND viewname = ?", DB.schema, view)
        > 0;
  }

  private static String allTypesColumns() {
    return "run_id text NOT NULL, page text, report_date date, hour integer, is_mobile boolean,"
        + " events bigint, revenue double precision, last_seen timestamptz";
  }
}
