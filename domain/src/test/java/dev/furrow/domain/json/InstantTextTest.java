package dev.furrow.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantTextTest {

  @Test
  void format_matchesInstantToString() {
    Random random = new Random(11);
    long min = Instant.parse("0500-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() + 86_400L * 400;
    int[] nanos = {0, 100_000_000, 123_000_000, 123_456_000, 123_456_789, 1, 999_999_999};
    for (int i = 0; i < 50_000; i++) {
      long seconds = min + (long) (random.nextDouble() * (max - min));
      Instant instant = Instant.ofEpochSecond(seconds, nanos[random.nextInt(nanos.length)]);
      assertEquals(instant.toString(), InstantText.format(instant));
    }
    for (String text :
        new String[] {
          "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "2000-02-29T12:00:00.100Z"
        }) {
      assertEquals(text, InstantText.format(Instant.parse(text)));
    }
  }
}
