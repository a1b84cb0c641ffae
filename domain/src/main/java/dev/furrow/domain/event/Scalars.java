package dev.furrow.domain.event;

import java.util.UUID;

/**
 * Checks and decodes integer, double, boolean and UUID field text with the JDK's semantics ({@link
 * Integer#parseInt}, {@link Double#parseDouble}, {@code 0}/{@code 1}, {@link UUID#fromString}).
 *
 * <p>Each check first tries a hand-written scan of the common shape that accepts only text the JDK
 * parser accepts, without allocating; any other text goes to the JDK parser itself, so the accepted
 * set is exactly the JDK's.
 */
final class Scalars {

  private Scalars() {}

  // ---- int ----

  static boolean isInt(String text, int from, int to) {
    int i = from;
    if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    if (i == to || to - i > 9) {
      return slowIsInt(text, from, to);
    }
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return slowIsInt(text, from, to);
      }
    }
    return true;
  }

  private static boolean slowIsInt(String text, int from, int to) {
    try {
      Integer.parseInt(text, from, to, 10);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The int value; throws NumberFormatException when the text is not an int. */
  static int parseInt(String text, int from, int to) {
    return Integer.parseInt(text, from, to, 10);
  }

  // ---- double ----

  static boolean isDouble(String text, int from, int to) {
    int i = from;
    if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < to && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < to && text.charAt(i) == '.') {
      i++;
      while (i < to && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits > 0 && i < to && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < to && isDigit(text.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return slowIsDouble(text, from, to);
      }
    }
    return (digits > 0 && i == to) || slowIsDouble(text, from, to);
  }

  private static boolean slowIsDouble(String text, int from, int to) {
    try {
      Double.parseDouble(text.substring(from, to));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The double value; throws NumberFormatException when the text is not a double. */
  static double parseDouble(String text, int from, int to) {
    return Double.parseDouble(text.substring(from, to));
  }

  // ---- boolean ----

  static boolean isBoolean(String text, int from, int to) {
    return to - from == 1 && (text.charAt(from) == '0' || text.charAt(from) == '1');
  }

  // ---- UUID ----

  static boolean isUuid(String text, int from, int to) {
    return isCanonicalUuid(text, from, to) || slowUuid(text, from, to) != null;
  }

  /** The UUID, or null when the text is not one. */
  static UUID parseUuid(String text, int from, int to) {
    if (!isCanonicalUuid(text, from, to)) {
      return slowUuid(text, from, to);
    }
    long msb =
        (hex(text, from, from + 8) << 32)
            | (hex(text, from + 9, from + 13) << 16)
            | hex(text, from + 14, from + 18);
    long lsb = (hex(text, from + 19, from + 23) << 48) | hex(text, from + 24, from + 36);
    return new UUID(msb, lsb);
  }

  /** 8-4-4-4-12 hex digits: the shape every UUID string the JDK prints has. */
  private static boolean isCanonicalUuid(String text, int from, int to) {
    if (to - from != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(from + i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return false;
        }
      } else if (Character.digit(c, 16) < 0 || c > 'f') {
        return false;
      }
    }
    return true;
  }

  private static long hex(String text, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      value = (value << 4) | Character.digit(text.charAt(i), 16);
    }
    return value;
  }

  private static UUID slowUuid(String text, int from, int to) {
    try {
      return UUID.fromString(text.substring(from, to));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
