package dev.furrow.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.Field;
import dev.furrow.domain.testing.TestEvents;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KeysTest {

  private final Key<LocalDate> day = Keys.date("day", EnrichedEvent::derivedTstamp, ZoneOffset.UTC);

  @Test
  void date_isTheDayOfTheTimestampInTheZone() {
    EnrichedEvent e = TestEvents.pageView().derivedAt("2024-05-01T23:30:00Z").build();

    assertEquals(LocalDate.of(2024, 5, 1), day.valueOf(e));
    assertEquals(
        LocalDate.of(2024, 5, 2),
        Keys.date("day", EnrichedEvent::derivedTstamp, ZoneId.of("Europe/Paris")).valueOf(e));
  }

  @Test
  void date_isNull_forNoTimestamp_andForAnInstantNoLocalDateHolds() {
    EnrichedEvent none = TestEvents.pageView().field(Field.DERIVED_TSTAMP, "").build();
    // The parser accepts instants up to year 1,000,000,000; LocalDate stops one year earlier.
    EnrichedEvent far =
        TestEvents.pageView().field(Field.DERIVED_TSTAMP, "+1000000000-06-01 00:00:00").build();

    assertNull(day.valueOf(none));
    assertTrue(far.derivedTstamp().isAfter(LocalDate.MAX.atStartOfDay().toInstant(ZoneOffset.UTC)));
    assertNull(day.valueOf(far));
  }
}
