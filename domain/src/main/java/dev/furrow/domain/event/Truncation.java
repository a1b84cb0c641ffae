package dev.furrow.domain.event;

/** Rebuilds an event whose STRING fields exceed configured limits, truncating them. */
final class Truncation {

  private Truncation() {}

  /** The event with each field longer than {@code limits[index]} (when > 0) cut to that length. */
  static EnrichedEvent apply(EnrichedEvent event, int[] limits) {
    boolean needed = false;
    for (Field field : Field.values()) {
      int limit = limits[field.ordinal()];
      if (limit > 0 && event.end(field) - event.start(field) > limit) {
        needed = true;
        break;
      }
    }
    if (!needed) {
      return event;
    }
    String line = event.line();
    StringBuilder truncated = new StringBuilder(line.length());
    int[] starts = new int[Field.COUNT + 1];
    for (Field field : Field.values()) {
      int index = field.ordinal();
      if (index > 0) {
        truncated.append('\t');
      }
      starts[index] = truncated.length();
      int from = event.start(field);
      int to = event.end(field);
      int limit = limits[index];
      truncated.append(line, from, limit > 0 && to - from > limit ? from + limit : to);
    }
    starts[Field.COUNT] = truncated.length() + 1;
    return new EnrichedEvent(truncated.toString(), starts, null, null, null, false);
  }
}
