package dev.furrow.domain.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** Factory: the standard key columns. */
public final class Keys {

  private Keys() {}

  /** A STRING key. */
  public static Key<String> string(String name, EventFunction<String> extractor) {
    return of(name, ColumnType.STRING, extractor);
  }

  /** An INT key. */
  public static Key<Integer> integer(String name, EventFunction<Integer> extractor) {
    return of(name, ColumnType.INT, extractor);
  }

  /** A LONG key. */
  public static Key<Long> longValue(String name, EventFunction<Long> extractor) {
    return of(name, ColumnType.LONG, extractor);
  }

  /**
   * A DATE key: the calendar day of a timestamp in {@code zone}; null when the timestamp is null or
   * has no day a {@link LocalDate} can hold (the parser accepts instants up to year ±10^9).
   */
  public static Key<LocalDate> date(String name, EventFunction<Instant> timestamp, ZoneId zone) {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(zone, "zone");
    return of(
        name,
        ColumnType.DATE,
        e -> {
          Instant t = timestamp.apply(e);
          if (t == null) {
            return null;
          }
          try {
            return LocalDate.ofInstant(t, zone);
          } catch (DateTimeException beyondLocalDate) {
            // Instants reach year ±1,000,000,000, one more than LocalDate does.
            return null;
          }
        });
  }

  /** A key of any column type; {@code extractor} must return values of {@code type}'s class. */
  public static <T> Key<T> of(String name, ColumnType type, EventFunction<T> extractor) {
    return new Key<>(new Column(name, type, Combine.KEY), extractor);
  }
}
