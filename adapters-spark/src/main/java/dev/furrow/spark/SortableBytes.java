package dev.furrow.spark;

import java.io.ByteArrayOutputStream;

/**
 * Codec: byte encodings whose unsigned lexicographic order (Spark's order of binary values) is the
 * natural Java order of the encoded values.
 *
 * <p>Strings are written one UTF-16 code unit at a time in the UTF-8 layout (1 to 3 bytes per unit,
 * lone surrogates included), so the bytes sort exactly as {@link String#compareTo} does, every
 * string round-trips, and ASCII text costs one byte per char. Spark's own string order (UTF-8 code
 * points) differs from Java's for characters above U+FFFF, and its string conversion replaces lone
 * surrogates; this encoding has neither problem.
 */
final class SortableBytes {

  private SortableBytes() {}

  /** The sortable bytes of {@code s}. */
  static byte[] encodeString(String s) {
    int length = s.length();
    boolean ascii = true;
    for (int i = 0; i < length && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) s.charAt(i);
      }
      return bytes;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + 16);
    writeString(out, s);
    return out.toByteArray();
  }

  /** Appends the sortable bytes of {@code s} to {@code out}. */
  static void writeString(ByteArrayOutputStream out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.write(c);
      } else if (c < 0x800) {
        out.write(0xC0 | (c >> 6));
        out.write(0x80 | (c & 0x3F));
      } else {
        out.write(0xE0 | (c >> 12));
        out.write(0x80 | ((c >> 6) & 0x3F));
        out.write(0x80 | (c & 0x3F));
      }
    }
  }

  /** The string whose sortable bytes are {@code bytes[from..]}. */
  static String decodeString(byte[] bytes, int from) {
    StringBuilder text = new StringBuilder(bytes.length - from);
    int i = from;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        text.append((char) b);
        i += 1;
      } else if (b < 0xE0) {
        text.append((char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F)));
        i += 2;
      } else {
        text.append(
            (char) (((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
        i += 3;
      }
    }
    return text.toString();
  }

  /** The string whose sortable bytes are {@code bytes}. */
  static String decodeString(byte[] bytes) {
    return decodeString(bytes, 0);
  }

  /** Appends {@code v} in 8 bytes that sort as signed longs do. */
  static void writeLong(ByteArrayOutputStream out, long v) {
    long flipped = v ^ Long.MIN_VALUE;
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (flipped >>> shift) & 0xFF);
    }
  }

  /** Appends {@code v} in 4 bytes that sort as signed ints do. */
  static void writeInt(ByteArrayOutputStream out, int v) {
    int flipped = v ^ Integer.MIN_VALUE;
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((flipped >>> shift) & 0xFF);
    }
  }

  /** A long whose signed order is {@link Double#compare} order ({@code -0.0 < 0.0}, NaN last). */
  static long sortableDouble(double d) {
    long bits = Double.doubleToLongBits(d);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /** The double of a {@link #sortableDouble} value. */
  static double fromSortableDouble(long sortable) {
    return Double.longBitsToDouble(sortable ^ ((sortable >> 63) & Long.MAX_VALUE));
  }

  /** An int whose signed order is {@link Float#compare} order. */
  static int sortableFloat(float f) {
    int bits = Float.floatToIntBits(f);
    return bits ^ ((bits >> 31) & Integer.MAX_VALUE);
  }
}
