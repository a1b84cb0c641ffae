package dev.furrow.domain.event;

import java.util.Optional;

/**
 * Value: the version of an Iglu schema, {@code MODEL-REVISION-ADDITION} (SchemaVer).
 *
 * @param model incremented on breaking changes; at least 1
 * @param revision incremented on changes that may break some data
 * @param addition incremented on compatible changes
 */
public record SchemaVer(int model, int revision, int addition) {

  public SchemaVer {
    if (model < 1 || revision < 0 || addition < 0) {
      throw new IllegalArgumentException(
          "Invalid SchemaVer " + model + "-" + revision + "-" + addition);
    }
  }

  /**
   * Parses {@code M-R-A} as the Iglu URI pattern allows it: a model without leading zero and at
   * least 1, revision and addition {@code 0} or without leading zero.
   */
  public static Optional<SchemaVer> parse(String text) {
    return Optional.ofNullable(parse(text, 0, text.length()));
  }

  /** Parses {@code text[from, to)}; null when it is not a SchemaVer. */
  static SchemaVer parse(String text, int from, int to) {
    int firstDash = text.indexOf('-', from);
    if (firstDash < 0 || firstDash >= to) {
      return null;
    }
    int secondDash = text.indexOf('-', firstDash + 1);
    if (secondDash < 0 || secondDash >= to) {
      return null;
    }
    int model = number(text, from, firstDash, false);
    int revision = number(text, firstDash + 1, secondDash, true);
    int addition = number(text, secondDash + 1, to, true);
    if (model < 1 || revision < 0 || addition < 0) {
      return null;
    }
    return new SchemaVer(model, revision, addition);
  }

  /** Whether {@code text[from, to)} is a SchemaVer ({@link #parse} accepts it). */
  static boolean isValid(String text, int from, int to) {
    return parse(text, from, to) != null;
  }

  /**
   * Whether {@code text[from, to)} is one number of a SchemaVer: decimal, no leading zero, fits an
   * int ({@code 0} itself only when {@code zeroAllowed}).
   */
  static boolean isValidNumber(String text, int from, int to, boolean zeroAllowed) {
    return number(text, from, to, zeroAllowed) >= 0;
  }

  /** A decimal number without leading zero ({@code 0} itself only when allowed); -1 otherwise. */
  private static int number(String text, int from, int to, boolean zeroAllowed) {
    int length = to - from;
    if (length < 1 || length > 9) {
      return -1;
    }
    if (text.charAt(from) == '0') {
      return zeroAllowed && length == 1 ? 0 : -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The {@code M-R-A} text, e.g. {@code 1-0-1}. */
  public String asString() {
    return model + "-" + revision + "-" + addition;
  }

  @Override
  public String toString() {
    return asString();
  }
}
