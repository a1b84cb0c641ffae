package dev.furrow.spark;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Codec: the order of a FIRST_BY / LAST_BY input as binary whose unsigned byte order is the order's
 * {@link Comparable#compareTo}. The order's type is not declared by the model, so the bytes start
 * with a tag naming the type. Supported: Boolean, Byte, Short, Integer, Long, Float, Double,
 * Character, String, LocalDate, LocalTime, LocalDateTime, Instant, UUID and enums.
 */
final class OrderCodec {

  private OrderCodec() {}

  /**
   * The sortable bytes of {@code order}.
   *
   * @throws IllegalArgumentException when the order's type is not supported
   */
  static byte[] encode(Comparable<?> order) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16);
    if (order instanceof String s) {
      out.write(0x40);
      SortableBytes.writeString(out, s);
    } else if (order instanceof Instant t) {
      out.write(0x51);
      SortableBytes.writeLong(out, t.getEpochSecond());
      SortableBytes.writeInt(out, t.getNano());
    } else if (order instanceof Long v) {
      out.write(0x23);
      SortableBytes.writeLong(out, v);
    } else if (order instanceof Integer v) {
      out.write(0x22);
      SortableBytes.writeInt(out, v);
    } else if (order instanceof LocalDate d) {
      out.write(0x50);
      SortableBytes.writeLong(out, d.toEpochDay());
    } else if (order instanceof LocalDateTime t) {
      out.write(0x52);
      SortableBytes.writeLong(out, t.toLocalDate().toEpochDay());
      SortableBytes.writeLong(out, t.toLocalTime().toNanoOfDay());
    } else if (order instanceof LocalTime t) {
      out.write(0x53);
      SortableBytes.writeLong(out, t.toNanoOfDay());
    } else if (order instanceof Double v) {
      out.write(0x29);
      SortableBytes.writeLong(out, SortableBytes.sortableDouble(v));
    } else if (order instanceof Float v) {
      out.write(0x28);
      SortableBytes.writeInt(out, SortableBytes.sortableFloat(v));
    } else if (order instanceof Short v) {
      out.write(0x21);
      SortableBytes.writeInt(out, v);
    } else if (order instanceof Byte v) {
      out.write(0x20);
      SortableBytes.writeInt(out, v);
    } else if (order instanceof Boolean v) {
      out.write(0x10);
      out.write(v ? 1 : 0);
    } else if (order instanceof Character c) {
      out.write(0x30);
      out.write(c >> 8);
      out.write(c & 0xFF);
    } else if (order instanceof UUID u) {
      out.write(0x60);
      SortableBytes.writeLong(out, u.getMostSignificantBits());
      SortableBytes.writeLong(out, u.getLeastSignificantBits());
    } else if (order instanceof Enum<?> e) {
      out.write(0x70);
      SortableBytes.writeInt(out, e.ordinal());
    } else {
      throw new IllegalArgumentException(
          "an order of type "
              + order.getClass().getName()
              + " cannot be ranked on Spark (supported: numbers, strings, booleans, characters,"
              + " java.time dates and times, UUIDs, enums); use a custom measure instead");
    }
    return out.toByteArray();
  }
}
