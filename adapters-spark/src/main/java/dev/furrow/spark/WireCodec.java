package dev.furrow.spark;

import dev.furrow.domain.model.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Codec: how a value of each {@link ColumnType} travels through Spark, chosen so that Spark's
 * equality and order are exactly the Java ones the in-memory executor uses, whatever the session
 * settings.
 *
 * <ul>
 *   <li>STRING: {@link SortableBytes} binary ({@link String#compareTo} order, lossless);
 *   <li>INT, LONG, BOOLEAN: Spark's own types;
 *   <li>DOUBLE: a long in {@link Double#compare} order ({@code -0.0} and {@code 0.0} stay apart, as
 *       {@link Double#equals} keeps them; Spark would merge them as grouping keys);
 *   <li>DATE: the epoch day as a long (the whole {@link LocalDate} range);
 *   <li>TIMESTAMP: epoch seconds as {@code decimal(38,9)} (nanoseconds and the whole {@link
 *       Instant} range; Spark's timestamp keeps microseconds only).
 * </ul>
 */
final class WireCodec {

  static final DataType TIMESTAMP_TYPE = DataTypes.createDecimalType(38, 9);
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  private WireCodec() {}

  /** The Spark type carrying values of {@code type}. */
  static DataType dataType(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.BinaryType;
      case INT -> DataTypes.IntegerType;
      case LONG, DOUBLE, DATE -> DataTypes.LongType;
      case TIMESTAMP -> TIMESTAMP_TYPE;
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }

  /** The Spark value of {@code value}, which must be null or of {@code type}'s Java class. */
  static Object encode(ColumnType type, Object value) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case STRING -> SortableBytes.encodeString((String) value);
      case INT, LONG, BOOLEAN -> value;
      case DOUBLE -> SortableBytes.sortableDouble((Double) value);
      case DATE -> ((LocalDate) value).toEpochDay();
      case TIMESTAMP -> {
        Instant t = (Instant) value;
        yield BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9));
      }
    };
  }

  /** The Java value of a Spark value made by {@link #encode}. */
  static Object decode(ColumnType type, Object value) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case STRING -> SortableBytes.decodeString((byte[]) value);
      case INT, LONG, BOOLEAN -> value;
      case DOUBLE -> SortableBytes.fromSortableDouble((Long) value);
      case DATE -> LocalDate.ofEpochDay((Long) value);
      case TIMESTAMP -> {
        BigDecimal seconds = (BigDecimal) value;
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        int nanos = seconds.subtract(whole).multiply(NANOS_PER_SECOND).intValueExact();
        yield Instant.ofEpochSecond(whole.longValueExact(), nanos);
      }
    };
  }
}
