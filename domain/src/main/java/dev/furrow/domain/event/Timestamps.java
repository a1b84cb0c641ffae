package dev.furrow.domain.event;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * Decodes enriched-event timestamps as the Scala Analytics SDK 3.x does: every space becomes {@code
 * T}, {@code Z} is appended and the result goes through {@link Instant#parse}.
 *
 * <p>The common shape {@code yyyy-MM-dd HH:mm:ss[.f{1,9}]} (years 1000-9999, separator space or
 * {@code T}) is checked and converted by hand without allocating; any other text falls back to the
 * JDK parser, so the accepted set is exactly the JDK's.
 */
final class Timestamps {

  private static final long INVALID = Long.MIN_VALUE;
  private static final int SECONDS_PER_DAY = 86_400;
  private static final int[] NANO_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private Timestamps() {}

  /** Whether {@code text[from, to)} is a valid timestamp. */
  static boolean isValid(String text, int from, int to) {
    return fastSeconds(text, from, to) != INVALID || slowParse(text, from, to) != null;
  }

  /** The instant written in {@code text[from, to)}, or null when it is not a valid timestamp. */
  static Instant parse(String text, int from, int to) {
    long seconds = fastSeconds(text, from, to);
    if (seconds != INVALID) {
      return Instant.ofEpochSecond(seconds, fastNanos(text, from, to));
    }
    return slowParse(text, from, to);
  }

  private static Instant slowParse(String text, int from, int to) {
    String iso = text.substring(from, to).replace(' ', 'T') + 'Z';
    try {
      return Instant.parse(iso);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Epoch seconds of the common shape, or INVALID when the text is not of that shape. */
  private static long fastSeconds(String text, int from, int to) {
    int length = to - from;
    if (length < 19 || length == 20 || length > 29) {
      return INVALID;
    }
    if (text.charAt(from + 4) != '-'
        || text.charAt(from + 7) != '-'
        || text.charAt(from + 13) != ':'
        || text.charAt(from + 16) != ':') {
      return INVALID;
    }
    char separator = text.charAt(from + 10);
    if (separator != ' ' && separator != 'T') {
      return INVALID;
    }
    if (length > 19) {
      if (text.charAt(from + 19) != '.' || digits(text, from + 20, length - 20) < 0) {
        return INVALID;
      }
    }
    int year = digits(text, from, 4);
    int month = digits(text, from + 5, 2);
    int day = digits(text, from + 8, 2);
    int hour = digits(text, from + 11, 2);
    int minute = digits(text, from + 14, 2);
    int second = digits(text, from + 17, 2);
    if (year < 1000
        || month < 1
        || month > 12
        || day < 1
        || day > daysInMonth(year, month)
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return INVALID;
    }
    return epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
  }

  private static int fastNanos(String text, int from, int to) {
    int fractionDigits = to - from - 20;
    if (fractionDigits <= 0) {
      return 0;
    }
    return digits(text, from + 20, fractionDigits) * NANO_SCALE[fractionDigits];
  }

  /** The decimal value of {@code count} ASCII digits at {@code from}; -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date with a positive year. */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = y / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }
}
