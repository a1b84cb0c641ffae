package dev.furrow.sinks.postgres;

import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Encoder: turns model rows into the CSV that {@code COPY ... FROM STDIN (FORMAT csv)} reads, with
 * the run id as the first field. NULL is an empty unquoted field; every string, the empty string
 * included, is quoted with inner quotes doubled, so commas, quotes, newlines, backslashes and a
 * lone {@code \.} arrive as they are. Dates and timestamps are written in ISO form with an explicit
 * {@code +00} offset (independent of the session time zone), years before 1 as {@code BC};
 * timestamps keep microseconds (finer nanoseconds are dropped, rounding towards the past, as in the
 * Parquet sink). Doubles use Java's round-trip form ({@code NaN}, {@code Infinity} included).
 *
 * <p>Strings PostgreSQL cannot store (holding U+0000 or an unpaired surrogate) are refused with the
 * row and column named, as is a row that does not fit the model's columns: nothing is dropped or
 * altered silently.
 */
final class CsvRows {

  private final Model model;
  private final String[] names;
  private final ColumnType[] types;
  private final String quotedRunId;
  private long rowNumber;

  CsvRows(Model model, String runId) {
    this.model = model;
    this.names = model.columns().stream().map(Column::name).toArray(String[]::new);
    this.types = model.columns().stream().map(Column::type).toArray(ColumnType[]::new);
    StringBuilder run = new StringBuilder();
    appendString(run, runId, "run_id");
    this.quotedRunId = run.toString();
  }

  /** Appends {@code row} as one CSV record (ending in a newline) to {@code out}. */
  void append(StringBuilder out, ModelRow row) {
    if (row.size() != types.length) {
      throw new IllegalArgumentException(
          "Row "
              + (rowNumber + 1)
              + " of model "
              + model.name()
              + " has "
              + row.size()
              + " values for "
              + types.length
              + " columns");
    }
    int start = out.length();
    try {
      out.append(quotedRunId);
      for (int i = 0; i < types.length; i++) {
        out.append(',');
        appendValue(out, i, row.get(i));
      }
    } catch (RuntimeException e) {
      out.setLength(start);
      throw e;
    }
    out.append('\n');
    rowNumber++;
  }

  private void appendValue(StringBuilder out, int column, Object value) {
    if (value == null) {
      return;
    }
    if (!types[column].accepts(value)) {
      throw new IllegalArgumentException(
          "Row "
              + (rowNumber + 1)
              + " of model "
              + model.name()
              + ": column "
              + names[column]
              + " is "
              + types[column]
              + " but holds a "
              + value.getClass().getName());
    }
    switch (types[column]) {
      case STRING -> appendString(out, (String) value, names[column]);
      case INT, LONG -> out.append(((Number) value).longValue());
      case DOUBLE -> out.append(((Double) value).doubleValue());
      case BOOLEAN -> out.append((Boolean) value ? 't' : 'f');
      case DATE -> appendDate(out, (LocalDate) value);
      case TIMESTAMP -> appendTimestamp(out, (Instant) value);
    }
  }

  private void appendString(StringBuilder out, String value, String column) {
    out.append('"');
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char ch = value.charAt(i);
      if (ch == '"') {
        out.append('"');
      } else if (ch == '\0') {
        throw unstorable(column, "the character U+0000, which PostgreSQL text cannot hold");
      } else if (Character.isHighSurrogate(ch)) {
        if (i + 1 >= length || !Character.isLowSurrogate(value.charAt(i + 1))) {
          throw unstorable(column, "an unpaired surrogate (not valid UTF-16)");
        }
        out.append(ch);
        ch = value.charAt(++i);
      } else if (Character.isLowSurrogate(ch)) {
        throw unstorable(column, "an unpaired surrogate (not valid UTF-16)");
      }
      out.append(ch);
    }
    out.append('"');
  }

  private IllegalArgumentException unstorable(String column, String problem) {
    return new IllegalArgumentException(
        "Row "
            + (rowNumber + 1)
            + " of model "
            + model.name()
            + ": column "
            + column
            + " holds "
            + problem);
  }

  static void appendDate(StringBuilder out, LocalDate date) {
    appendYearMonthDay(out, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    if (date.getYear() <= 0) {
      out.append(" BC");
    }
  }

  static void appendTimestamp(StringBuilder out, Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    appendYearMonthDay(out, t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    out.append(' ');
    pad(out, t.getHour(), 2);
    out.append(':');
    pad(out, t.getMinute(), 2);
    out.append(':');
    pad(out, t.getSecond(), 2);
    int micros = instant.getNano() / 1_000;
    if (micros != 0) {
      out.append('.');
      pad(out, micros, 6);
    }
    out.append("+00");
    if (t.getYear() <= 0) {
      out.append(" BC");
    }
  }

  /** ISO year-month-day; a proleptic year y ≤ 0 is written as year 1 - y (then BC). */
  private static void appendYearMonthDay(StringBuilder out, int year, int month, int day) {
    pad(out, year <= 0 ? 1L - year : year, 4);
    out.append('-');
    pad(out, month, 2);
    out.append('-');
    pad(out, day, 2);
  }

  private static void pad(StringBuilder out, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }
}
