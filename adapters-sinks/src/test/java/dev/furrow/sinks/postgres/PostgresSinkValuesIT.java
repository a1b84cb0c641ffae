package dev.furrow.sinks.postgres;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.domain.sink.SinkFixtures.row;
import static dev.furrow.domain.sink.SinkFixtures.rowWithPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ModelRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values that CSV or PostgreSQL could get wrong arrive exactly; values it cannot hold are refused.
 */
class PostgresSinkValuesIT {

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
  void trickyStrings_arriveExactly_andTheEmptyStringIsNotNull() {
    List<String> pages =
        List.of(
            "",
            " ",
            "\\.",
            "\\.\n",
            "a\n\\.\nb",
            "\\N",
            "NULL",
            "null",
            "\"",
            "\"\"",
            ",",
            "a,\"b\",c",
            "cr\rlf\r\n",
            "\ttab",
            "back\\\\slash\\",
            "😀 𝄞 e\u0301 \u200b \ufeff",
            "x".repeat(100_000));
    List<ModelRow> rows = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      rows.add(row(pages.get(i), null, i, null, (long) i, null, null));
    }
    rows.add(row(null, null, -1, null, null, null, null));

    sink.write(RUN_A, ALL_TYPES, rows.iterator());

    assertSameRows(rows, readRun());
    assertEquals(
        1,
        DB.queryLong("SELECT count(*) FROM " + table() + " WHERE page = '' AND page IS NOT NULL"));
  }

  @Test
  void extremeNumbersDatesAndTimestamps_arriveExactly() {
    List<ModelRow> rows =
        List.of(
            row(
                "nan",
                LocalDate.of(0, 1, 1),
                0,
                true,
                0L,
                Double.NaN,
                Instant.parse("-0044-03-15T12:00:00.000001Z")),
            row(
                "inf",
                LocalDate.of(-4712, 1, 1),
                1,
                false,
                1L,
                Double.POSITIVE_INFINITY,
                Instant.parse("0001-01-01T00:00:00Z")),
            row(
                "-inf",
                LocalDate.of(10_000, 1, 1),
                2,
                true,
                2L,
                Double.NEGATIVE_INFINITY,
                Instant.parse("+10000-01-01T00:00:00.5Z")),
            row(
                "-0",
                LocalDate.of(1, 1, 1),
                3,
                false,
                3L,
                -0.0,
                Instant.parse("1970-01-01T00:00:00.000001Z")),
            row(
                "tiny",
                LocalDate.of(9999, 12, 31),
                4,
                true,
                4L,
                Double.MIN_VALUE,
                Instant.parse("1969-12-31T23:59:59.999999Z")),
            row(
                "huge",
                LocalDate.of(2000, 2, 29),
                5,
                false,
                5L,
                Double.MAX_VALUE,
                Instant.parse("2024-02-29T23:59:59.99Z")),
            row(
                "third",
                LocalDate.of(1582, 10, 4),
                6,
                null,
                6L,
                1.0 / 3,
                Instant.parse("1582-10-15T00:00:00Z")));

    sink.write(RUN_A, ALL_TYPES, rows.iterator());

    assertSameRows(rows, readRun());
  }

  @Test
  void nanosecondsBelowTheMicrosecond_areDropped() {
    ModelRow nanos =
        row("n", null, null, null, null, null, Instant.parse("2024-05-01T10:00:00.123456789Z"));

    sink.write(RUN_A, ALL_TYPES, List.of(nanos).iterator());

    assertSameRows(
        List.of(
            row("n", null, null, null, null, null, Instant.parse("2024-05-01T10:00:00.123456Z"))),
        readRun());
  }

  @Test
  void stringWithTheNulCharacter_isRefusedNamingRowAndColumn_andTheRunKeepsItsRows() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    List<ModelRow> rows = List.of(rowWithPage("fine"), rowWithPage("bad\u0000page"));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> sink.write(RUN_A, ALL_TYPES, rows.iterator()));

    assertTrue(e.getMessage().contains("Row 2 of model " + ALL_TYPES.name()), e.getMessage());
    assertTrue(e.getMessage().contains("column page holds the character U+0000"), e.getMessage());
    assertSameRows(VARIED, readRun());
  }

  @Test
  void unpairedSurrogate_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> sink.write(RUN_A, ALL_TYPES, List.of(rowWithPage("half \ud83d")).iterator()));

    assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    assertSameRows(List.of(), readRun());
  }

  @Test
  void valueOfTheWrongType_isRefused() {
    ModelRow wrong = ModelRow.of("p", "2024-05-01", 1, true, 1L, 1.0, null);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> sink.write(RUN_A, ALL_TYPES, List.of(wrong).iterator()));

    assertTrue(
        e.getMessage().contains("column report_date is DATE but holds a java.lang.String"),
        e.getMessage());
  }

  @Test
  void dateOutsidePostgresRange_failsWithTheServersReason_andTheRunKeepsItsRows() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    ModelRow tooEarly = row("early", LocalDate.of(-5000, 1, 1), 1, true, 1L, 1.0, null);

    PostgresSinkException e =
        assertThrows(
            PostgresSinkException.class,
            () -> sink.write(RUN_A, ALL_TYPES, List.of(tooEarly).iterator()));

    assertTrue(e.getMessage().contains("date out of range"), e.getMessage());
    assertTrue(e.getMessage().contains("report_date"), e.getMessage());
    assertSameRows(VARIED, readRun());
  }

  private static List<ModelRow> readRun() {
    if (!DB.tableExists(ALL_TYPES.name())) {
      return List.of();
    }
    return DB.rows(ALL_TYPES, ALL_TYPES.name(), "run_id = ?", RUN_A.value());
  }

  private static String table() {
    return TestDatabase.q(DB.schema) + "." + TestDatabase.q(ALL_TYPES.name());
  }
}
