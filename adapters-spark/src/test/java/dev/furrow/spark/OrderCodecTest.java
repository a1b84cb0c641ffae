package dev.furrow.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderCodecTest {

  @Test
  void everySupportedType_sortsAsItsCompareTo() {
    assertOrder(List.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE));
    assertOrder(List.of(Integer.MIN_VALUE, -1, 0, 7, Integer.MAX_VALUE));
    assertOrder(List.of((short) -3, (short) 0, (short) 9));
    assertOrder(List.of((byte) -3, (byte) 0, (byte) 9));
    assertOrder(List.of(Double.NEGATIVE_INFINITY, -1.0, -0.0, 0.0, 1e-300, 2.5, Double.NaN));
    assertOrder(List.of(-1.0f, -0.0f, 0.0f, 3.5f, Float.NaN));
    assertOrder(List.of("", "a", "ab", "\uD83D\uDE00", "\uFF01"));
    assertOrder(List.of(false, true));
    assertOrder(List.of('a', 'b', '\uFFFF'));
    assertOrder(List.of(LocalDate.MIN, LocalDate.of(1969, 1, 1), LocalDate.EPOCH, LocalDate.MAX));
    assertOrder(
        List.of(
            Instant.MIN,
            Instant.parse("1969-12-31T23:59:59.999999999Z"),
            Instant.EPOCH,
            Instant.EPOCH.plus(1, ChronoUnit.NANOS),
            Instant.MAX));
    assertOrder(List.of(LocalDateTime.MIN, LocalDateTime.of(2024, 5, 1, 10, 0), LocalDateTime.MAX));
    assertOrder(List.of(LocalTime.MIN, LocalTime.NOON, LocalTime.MAX));
    assertOrder(
        List.of(
            new UUID(Long.MIN_VALUE, 5),
            new UUID(-1, 0),
            new UUID(0, Long.MIN_VALUE),
            new UUID(0, 0),
            new UUID(0, Long.MAX_VALUE)));
    assertOrder(List.of(ChronoUnit.NANOS, ChronoUnit.SECONDS, ChronoUnit.FOREVER));
  }

  @Test
  void unsupportedType_namesItsClass() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrderCodec.encode(new Odd()));
    assertTrue(e.getMessage().contains(Odd.class.getName()), e.getMessage());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void assertOrder(List<? extends Comparable> values) {
    for (Comparable a : values) {
      for (Comparable b : values) {
        assertEquals(
            Integer.signum(a.compareTo(b)),
            Integer.signum(Arrays.compareUnsigned(OrderCodec.encode(a), OrderCodec.encode(b))),
            a + " vs " + b);
      }
    }
  }

  private static final class Odd implements Comparable<Odd> {
    @Override
    public int compareTo(Odd o) {
      return 0;
    }
  }
}
