package dev.furrow.domain.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Test fixture: the model, runs and rows of {@link SinkContract}, and row assertions, for the
 * contract and for each sink's own tests.
 */
public final class SinkFixtures {

  public static final RunId RUN_A = RunId.of("run=2024-05-01-09-00-00");
  public static final RunId RUN_B = RunId.of("run=2024-05-01-10-00-00");

  /**
   * A model with one column of each of the seven types: keys page STRING, report_date DATE, hour
   * INT, is_mobile BOOLEAN; measures events LONG, revenue DOUBLE, last_seen TIMESTAMP.
   */
  public static final Model ALL_TYPES =
      Model.named("sink_contract_all_types")
          .key(Keys.string("page", e -> null))
          .key(Keys.date("report_date", e -> null, ZoneOffset.UTC))
          .key(Keys.integer("hour", e -> null))
          .key(Keys.<Boolean>of("is_mobile", ColumnType.BOOLEAN, e -> null))
          .measure(Measures.count("events"))
          .measure(Measures.sum("revenue", ColumnType.DOUBLE, e -> (Double) null))
          .measure(Measures.<Instant>max("last_seen", ColumnType.TIMESTAMP, e -> null))
          .build();

  /** A second, smaller model, to check that models do not share storage. */
  public static final Model OTHER =
      Model.named("sink_contract_other")
          .key(Keys.string("country", e -> null))
          .measure(Measures.count("events"))
          .build();

  /** Rows covering nulls, extremes, microseconds, dates around the epoch and unicode. */
  public static final List<ModelRow> VARIED =
      List.of(
          row(
              "https://example.com/a?b=c",
              LocalDate.parse("2024-05-01"),
              10,
              true,
              3L,
              12.5,
              Instant.parse("2024-05-01T10:15:30.123456Z")),
          row(
              "Zürich – 東京 🌍 \"quoted\", tab\there, new\nline, back\\slash",
              LocalDate.parse("1969-12-31"),
              -1,
              false,
              Long.MAX_VALUE,
              0.1 + 0.2,
              Instant.parse("1969-12-31T23:59:59.999999Z")),
          row(
              "",
              LocalDate.parse("1900-01-01"),
              Integer.MIN_VALUE,
              null,
              Long.MIN_VALUE,
              -Double.MAX_VALUE,
              Instant.parse("2999-12-31T23:59:59.000001Z")),
          row(
              "e\u0301 (combining) and ﬁ ligature",
              LocalDate.parse("2999-12-31"),
              Integer.MAX_VALUE,
              true,
              0L,
              1.0e-300,
              Instant.parse("1970-01-01T00:00:00Z")),
          row(null, null, null, null, null, null, null));

  private SinkFixtures() {}

  /** A row of {@link #ALL_TYPES}. */
  public static ModelRow row(
      String page,
      LocalDate reportDate,
      Integer hour,
      Boolean isMobile,
      Long events,
      Double revenue,
      Instant lastSeen) {
    return ModelRow.of(page, reportDate, hour, isMobile, events, revenue, lastSeen);
  }

  /** A row of {@link #ALL_TYPES} with the given page and fixed other values. */
  public static ModelRow rowWithPage(String page) {
    return row(
        page,
        LocalDate.parse("2024-05-02"),
        23,
        false,
        1L,
        0.5,
        Instant.parse("2024-05-02T23:59:59.999999Z"));
  }

  /** {@code count} distinct rows of {@link #ALL_TYPES}, generated lazily (never held in a list). */
  public static Iterator<ModelRow> manyRows(int count) {
    Instant base = Instant.parse("2024-05-01T00:00:00Z");
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public ModelRow next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return row(
            "https://example.com/page/" + (i % 997),
            LocalDate.parse("2024-05-01").plusDays(i % 31),
            i % 24,
            i % 3 == 0 ? null : i % 2 == 0,
            (long) i,
            i / 8.0,
            base.plusNanos(i * 1_001_000L));
      }
    };
  }

  /** {@code rows}, but throwing {@code failure} instead of returning row number {@code after}. */
  public static Iterator<ModelRow> failingAfter(
      Iterator<ModelRow> rows, int after, RuntimeException failure) {
    return new Iterator<>() {
      private int returned;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ModelRow next() {
        if (returned == after) {
          throw failure;
        }
        returned++;
        return rows.next();
      }
    };
  }

  /** Asserts both lists hold the same rows the same number of times, in any order. */
  public static void assertSameRows(List<ModelRow> expected, List<ModelRow> actual) {
    Map<String, Long> want = counts(expected);
    Map<String, Long> got = counts(actual);
    if (!want.equals(got)) {
      fail("rows differ\n expected: " + want + "\n actual:   " + got);
    }
    assertEquals(rowMultiset(expected), rowMultiset(actual));
  }

  /** Asserts that {@code failure} is {@code thrown} or one of its causes. */
  public static void assertCausedBy(Throwable failure, Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t == failure) {
        return;
      }
    }
    fail("expected a failure caused by " + failure + " but got " + thrown, thrown);
  }

  private static Map<String, Long> counts(List<ModelRow> rows) {
    assertNotNull(rows, "rows");
    return rows.stream()
        .map(SinkFixtures::describe)
        .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
  }

  private static Map<ModelRow, Long> rowMultiset(List<ModelRow> rows) {
    Map<ModelRow, Long> counts = new LinkedHashMap<>();
    rows.forEach(r -> counts.merge(r, 1L, Long::sum));
    return counts;
  }

  /** The row's values with their classes, so a Timestamp standing in for an Instant shows. */
  private static String describe(ModelRow row) {
    List<String> parts = new ArrayList<>();
    for (Object value : row.values()) {
      parts.add(value == null ? "null" : value.getClass().getSimpleName() + ":" + value);
    }
    return parts.toString();
  }
}
