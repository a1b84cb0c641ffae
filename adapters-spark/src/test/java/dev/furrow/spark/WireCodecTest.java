package dev.furrow.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.model.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {

  @Test
  void everyColumnType_roundTripsExactly_includingRangeEnds() {
    roundTrip(ColumnType.STRING, "", "x", "\uD83D\uDE00", "\uDE00 lone");
    roundTrip(ColumnType.INT, Integer.MIN_VALUE, 0, Integer.MAX_VALUE);
    roundTrip(ColumnType.LONG, Long.MIN_VALUE, 0L, Long.MAX_VALUE);
    roundTrip(ColumnType.DOUBLE, -0.0, 0.0, Double.NaN, -1.5, Double.MAX_VALUE);
    roundTrip(ColumnType.DATE, LocalDate.MIN, LocalDate.of(1969, 12, 31), LocalDate.MAX);
    roundTrip(
        ColumnType.TIMESTAMP,
        Instant.MIN,
        Instant.parse("1969-12-31T23:59:59.999999999Z"),
        Instant.ofEpochSecond(0, 1),
        Instant.parse("2024-05-01T10:00:00.123456789Z"),
        Instant.MAX);
    roundTrip(ColumnType.BOOLEAN, true, false);
  }

  @Test
  void timestamps_keepTheirOrderAsDecimals() {
    List<Instant> ordered =
        List.of(
            Instant.MIN,
            Instant.parse("1969-12-31T23:59:59.999999998Z"),
            Instant.parse("1969-12-31T23:59:59.999999999Z"),
            Instant.EPOCH,
            Instant.ofEpochSecond(0, 1),
            Instant.MAX);
    for (int i = 0; i + 1 < ordered.size(); i++) {
      BigDecimal a = (BigDecimal) WireCodec.encode(ColumnType.TIMESTAMP, ordered.get(i));
      BigDecimal b = (BigDecimal) WireCodec.encode(ColumnType.TIMESTAMP, ordered.get(i + 1));
      assertEquals(-1, a.compareTo(b), ordered.get(i) + " < " + ordered.get(i + 1));
      assertEquals(true, a.precision() <= 38 && a.scale() == 9);
    }
  }

  private static void roundTrip(ColumnType type, Object... values) {
    for (Object value : values) {
      assertEquals(
          value, WireCodec.decode(type, WireCodec.encode(type, value)), type + " " + value);
    }
    assertEquals(null, WireCodec.decode(type, WireCodec.encode(type, null)));
  }
}
