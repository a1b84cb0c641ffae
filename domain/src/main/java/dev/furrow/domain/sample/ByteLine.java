package dev.furrow.domain.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for one or many TSV lines, with allocation-free appenders for the
 * generator's hot path (pre-encoded pieces, numbers, hex, UUIDs, enriched-event timestamps).
 */
final class ByteLine {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final long MILLIS_PER_DAY = 86_400_000L;
  private static final int DAY_CACHE = 16;

  private byte[] bytes;
  private int length;
  private final long[] cachedDays = new long[DAY_CACHE];
  private final byte[][] cachedDates = new byte[DAY_CACHE][];

  ByteLine(int capacity) {
    bytes = new byte[capacity];
    Arrays.fill(cachedDays, Long.MIN_VALUE);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  int length() {
    return length;
  }

  byte[] array() {
    return bytes;
  }

  void clear() {
    length = 0;
  }

  void truncate(int newLength) {
    length = newLength;
  }

  ByteLine append(byte[] piece) {
    ensure(piece.length);
    System.arraycopy(piece, 0, bytes, length, piece.length);
    length += piece.length;
    return this;
  }

  ByteLine append(byte[] piece, int from, int count) {
    ensure(count);
    System.arraycopy(piece, from, bytes, length, count);
    length += count;
    return this;
  }

  /** Appends text that is not pre-encoded (rare, off the hot path). */
  ByteLine append(String text) {
    return append(utf8(text));
  }

  /** Appends one ASCII character. */
  ByteLine ascii(char c) {
    ensure(1);
    bytes[length++] = (byte) c;
    return this;
  }

  ByteLine tab() {
    return ascii('\t');
  }

  /** Appends a non-negative number in decimal. */
  ByteLine number(long value) {
    if (value <= Integer.MAX_VALUE) {
      return number((int) value);
    }
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    ensure(digits);
    for (int i = length + digits - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += digits;
    return this;
  }

  /** Appends a non-negative int in decimal. */
  ByteLine number(int value) {
    int digits = 1;
    for (int limit = 10; digits < 10 && value >= limit; limit *= 10) {
      digits++;
    }
    ensure(digits);
    for (int i = length + digits - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += digits;
    return this;
  }

  /** A copy of the bytes appended so far. */
  byte[] toBytes() {
    return Arrays.copyOf(bytes, length);
  }

  /** Appends the lowest {@code digits} hex digits of {@code value}, zero-padded. */
  ByteLine hex(long value, int digits) {
    ensure(digits);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      bytes[length++] = HEX[(int) (value >>> shift) & 0xf];
    }
    return this;
  }

  /** Appends a version-4 UUID made of {@code hi} and {@code lo} (variant and version bits set). */
  ByteLine uuid(long hi, long lo) {
    hi = (hi & 0xffffffffffff0fffL) | 0x0000000000004000L;
    lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return hex(hi >>> 32, 8)
        .ascii('-')
        .hex(hi >>> 16, 4)
        .ascii('-')
        .hex(hi, 4)
        .ascii('-')
        .hex(lo >>> 48, 4)
        .ascii('-')
        .hex(lo, 12);
  }

  /** Appends {@code epochMillis} in enriched-event form {@code yyyy-MM-dd HH:mm:ss.SSS} (UTC). */
  ByteLine timestamp(long epochMillis) {
    long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    int slot = (int) (day & (DAY_CACHE - 1));
    if (cachedDays[slot] != day) {
      cachedDays[slot] = day;
      cachedDates[slot] = utf8(LocalDate.ofEpochDay(day).toString());
    }
    append(cachedDates[slot]);
    int ms = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
    ensure(13);
    bytes[length++] = ' ';
    two(ms / 3_600_000);
    bytes[length++] = ':';
    two(ms / 60_000 % 60);
    bytes[length++] = ':';
    two(ms / 1000 % 60);
    bytes[length++] = '.';
    int milli = ms % 1000;
    bytes[length++] = (byte) ('0' + milli / 100);
    two(milli % 100);
    return this;
  }

  /** Appends {@code cents} as a decimal amount with two digits, e.g. {@code 8999 -> 89.99}. */
  ByteLine amount(int cents) {
    number(cents / 100).ascii('.');
    ensure(2);
    two(cents % 100);
    return this;
  }

  /** Replaces field {@code index} (0-based) of the TSV line held in this buffer. */
  void replaceField(int index, String value) {
    int start = 0;
    for (int i = 0; i < index; i++) {
      start = indexOfTab(start) + 1;
    }
    int end = indexOfTab(start);
    end = end < 0 ? length : end;
    byte[] tail = Arrays.copyOfRange(bytes, end, length);
    length = start;
    append(value).append(tail);
  }

  /** Position of the last TAB, or -1. */
  int lastTab() {
    for (int i = length - 1; i >= 0; i--) {
      if (bytes[i] == '\t') {
        return i;
      }
    }
    return -1;
  }

  private int indexOfTab(int from) {
    for (int i = from; i < length; i++) {
      if (bytes[i] == '\t') {
        return i;
      }
    }
    return -1;
  }

  private void two(int value) {
    bytes[length++] = (byte) ('0' + value / 10);
    bytes[length++] = (byte) ('0' + value % 10);
  }

  private void ensure(int extra) {
    if (length + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
    }
  }

  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }
}
