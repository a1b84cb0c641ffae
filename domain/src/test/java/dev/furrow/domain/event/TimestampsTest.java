package dev.furrow.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Timestamp decoding agrees with {@code Instant.parse(text.replace(' ', 'T') + "Z")}. */
class TimestampsTest {

  private static final List<String> SAMPLES =
      List.of(
          "2013-11-26 00:02:05",
          "2013-11-26 00:02:05.1",
          "2013-11-26 00:02:05.000",
          "2013-11-26 00:02:05.123456789",
          "2013-11-26 00:02:05.1234567891",
          "2013-11-26T00:02:05",
          "2013-11-26t00:02:05",
          "2013-11-26 00:02:05.",
          "2013-11-26 00:02:05Z",
          "2013-11-26 00:02",
          "2013-11-26",
          "2024-02-29 12:00:00",
          "2023-02-29 12:00:00",
          "2000-02-29 12:00:00",
          "1900-02-29 12:00:00",
          "2013-04-31 00:00:00",
          "2013-12-31 23:59:59.999",
          "2013-12-31 23:59:60",
          "2013-12-31 24:00:00",
          "2013-13-01 00:00:00",
          "2013-00-01 00:00:00",
          "0999-01-01 00:00:00",
          "0000-01-01 00:00:00",
          "1970-01-01 00:00:00",
          "1969-12-31 23:59:59.5",
          "9999-12-31 23:59:59",
          "+10000-01-01 00:00:00",
          "2013-11-26  00:02:05",
          "2013-11-26 00:02:05+01:00",
          "not_a_timestamp",
          "x y",
          "");

  @Test
  void decoding_agreesWithInstantParse() {
    for (String text : samples()) {
      Instant expected = jdk(text);
      assertEquals(expected, Timestamps.parse(text, 0, text.length()), () -> "[" + text + "]");
      assertEquals(
          expected != null, Timestamps.isValid(text, 0, text.length()), () -> "[" + text + "]");
    }
  }

  @Test
  void decoding_readsOnlyItsRangeOfTheLine() {
    String line = "a\t2013-11-26 00:02:05.885\tb";
    assertEquals(Instant.parse("2013-11-26T00:02:05.885Z"), Timestamps.parse(line, 2, 25));
  }

  private static List<String> samples() {
    List<String> all = new ArrayList<>(SAMPLES);
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      char[] text = "2013-11-26 00:02:05.123".toCharArray();
      int length = 19 + random.nextInt(5);
      for (int j = 0; j < 2; j++) {
        int position = random.nextInt(length);
        text[position] = "0123456789 -:.T9".charAt(random.nextInt(16));
      }
      all.add(new String(text, 0, length));
      int year = 1000 + random.nextInt(9000);
      all.add(
          String.format(
              "%04d-%02d-%02d %02d:%02d:%02d",
              year,
              1 + random.nextInt(12),
              1 + random.nextInt(31),
              random.nextInt(25),
              random.nextInt(61),
              random.nextInt(61)));
    }
    return all;
  }

  private static Instant jdk(String text) {
    try {
      return Instant.parse(text.replace(' ', 'T') + "Z");
    } catch (DateTimeException e) {
      return null;
    }
  }
}
