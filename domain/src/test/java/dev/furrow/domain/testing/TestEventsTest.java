package dev.furrow.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestEventsTest {

  private static final EventParser STRICT = EventParser.validating().rejectingOversizedFields();

  @Test
  void everyKindOfEvent_isAValid131FieldLine() {
    List<TestEvents.Builder> builders =
        List.of(
            TestEvents.pageView(),
            TestEvents.pagePing(),
            TestEvents.structEvent().structured("shop", "add", "sku-1").value(9.5),
            TestEvents.unstructEvent("iglu:com.acme/checkout/jsonschema/1-0-2", "{\"total\": 3}"),
            TestEvents.pageView()
                .country("FR")
                .fingerprint("fp")
                .userId("u")
                .context("iglu:com.acme/user/jsonschema/1-0-0", "{\"tier\": \"gold\"}"));
    for (TestEvents.Builder builder : builders) {
      String line = builder.line();
      assertEquals(131, line.split("\t", -1).length);
      assertInstanceOf(EnrichedEvent.class, STRICT.parse(line), line);
    }
  }

  @Test
  void sampleTraffic_isValid_andReproducible() {
    List<String> lines = SampleTraffic.lines(3, 200);
    lines.forEach(line -> assertInstanceOf(EnrichedEvent.class, STRICT.parse(line), line));
    assertEquals(lines, SampleTraffic.lines(3, 200));
  }

  @Test
  void setters_showThroughTheParsedEvent() {
    EnrichedEvent e =
        TestEvents.pageView()
            .url("https://a.com/x")
            .title("X")
            .country("FR")
            .appId("shop")
            .platform("mob")
            .pageViewId("pv-9")
            .eventId("c6ef3124-b53a-4b13-a233-0088f79dcbcb")
            .fingerprint("fp")
            .at("2024-05-01T10:00:00Z")
            .etlAt("2024-05-01T10:02:00.123Z")
            .collectorAt("2024-05-01T10:01:00Z")
            .build();

    assertEquals("page_view", e.event());
    assertEquals("https://a.com/x", e.pageUrl());
    assertEquals("X", e.pageTitle());
    assertEquals("FR", e.geoCountry());
    assertEquals("shop", e.appId());
    assertEquals("mob", e.platform());
    assertEquals(
        "pv-9",
        e.contexts()
            .first("com.snowplowanalytics.snowplow", "web_page", 1)
            .orElseThrow()
            .data()
            .get("id")
            .asText());
    assertEquals("c6ef3124-b53a-4b13-a233-0088f79dcbcb", e.eventId().toString());
    assertEquals("fp", e.eventFingerprint());
    assertEquals(Instant.parse("2024-05-01T10:00:00Z"), e.derivedTstamp());
    assertEquals(Instant.parse("2024-05-01T10:02:00.123Z"), e.etlTstamp());
    assertEquals(Instant.parse("2024-05-01T10:01:00Z"), e.collectorTstamp());
  }

  @Test
  void defaults_areSensible() {
    EnrichedEvent e = TestEvents.structEvent().build();
    assertEquals("struct", e.event());
    assertEquals("event", e.eventName());
    assertEquals(Instant.parse(TestEvents.DEFAULT_AT), e.collectorTstamp());
    assertNull(e.eventFingerprint());
    assertNull(e.geoCountry());
    assertNotEquals(
        TestEvents.pageView().build().eventId(), TestEvents.pageView().build().eventId());
  }

  @Test
  void anInvalidRawField_isReportedByBuild() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TestEvents.pageView().field(Field.TXN_ID, "not a number").build());
  }
}
