package dev.furrow.domain.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ByteLineTest {

  private static String render(Consumer<ByteLine> write) {
    ByteLine line = new ByteLine(4);
    write.accept(line);
    return line.toString();
  }

  @Test
  void timestamps_useTheEnrichedFormat_acrossDaysAndBeforeTheEpoch() {
    long t = Instant.parse("2024-05-01T23:59:59.007Z").toEpochMilli();

    assertEquals("2024-05-01 23:59:59.007", render(l -> l.timestamp(t)));
    assertEquals("2024-05-02 00:00:00.000", render(l -> l.timestamp(t + 993)));
    assertEquals("1969-12-31 23:59:59.999", render(l -> l.timestamp(-1)));
    assertEquals(
        "2024-05-01 23:59:59.007 1970-01-01 00:00:00.000 2024-05-01 23:59:59.007",
        render(l -> l.timestamp(t).ascii(' ').timestamp(0).ascii(' ').timestamp(t)));
  }

  @Test
  void numbers_areDecimal_atEveryWidth() {
    assertEquals("0", render(l -> l.number(0)));
    assertEquals("999999999", render(l -> l.number(999_999_999)));
    assertEquals("1000000000", render(l -> l.number(1_000_000_000)));
    assertEquals("2147483647", render(l -> l.number(Integer.MAX_VALUE)));
    assertEquals("4294967295", render(l -> l.number(4_294_967_295L)));
    assertEquals("9223372036854775807", render(l -> l.number(Long.MAX_VALUE)));
    assertEquals(
        "89.99 0.05 120.00",
        render(l -> l.amount(8999).ascii(' ').amount(5).ascii(' ').amount(12000)));
  }

  @Test
  void uuids_areVersion4() {
    String text = render(l -> l.uuid(-1L, 0x0123456789abcdefL));
    UUID uuid = UUID.fromString(text);

    assertEquals(text, uuid.toString());
    assertEquals(4, uuid.version());
    assertEquals(2, uuid.variant());
  }

  @Test
  void replaceField_swapsOneTsvField() {
    ByteLine line = new ByteLine(8);
    line.append("a\tbb\tccc");

    line.replaceField(1, "Zürich");
    assertEquals("a\tZürich\tccc", line.toString());
    line.replaceField(2, "");
    assertEquals("a\tZürich\t", line.toString());
    line.replaceField(0, "x");
    assertEquals("x\tZürich\t", line.toString());
    assertEquals(9, line.lastTab(), "a byte offset: ü takes two bytes");
  }
}
