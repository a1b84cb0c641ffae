package dev.furrow.domain.model.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.InMemoryExecutor;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.testing.TestEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyEventsTest {

  private static final LocalDate MAY_1 = LocalDate.parse("2024-05-01");

  @Test
  void givenEventsOfSeveralKinds_whenRun_thenCountedPerCollectorDayAppPlatformAndName() {
    List<EnrichedEvent> events =
        List.of(
            TestEvents.pageView().appId("shop").collectorAt("2024-05-01T09:00:00Z").build(),
            TestEvents.pageView().appId("shop").collectorAt("2024-05-01T18:00:00Z").build(),
            TestEvents.pageView()
                .appId("shop")
                .platform("mob")
                .collectorAt("2024-05-01T10:00:00Z")
                .build(),
            TestEvents.pagePing().appId("shop").collectorAt("2024-05-01T09:00:10Z").build(),
            TestEvents.structEvent().appId("site").collectorAt("2024-05-02T00:00:00Z").build(),
            TestEvents.unstructEvent("iglu:com.acme/checkout/jsonschema/1-0-0", "{\"total\": 3}")
                .appId(null)
                .collectorAt("2024-05-01T12:00:00Z")
                .build());

    List<ModelRow> rows = InMemoryExecutor.run(new DailyEvents(), events);

    assertEquals(
        List.of(
            row(MAY_1, null, "web", "checkout", 1, "2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z"),
            row(
                MAY_1,
                "shop",
                "mob",
                "page_view",
                1,
                "2024-05-01T10:00:00Z",
                "2024-05-01T10:00:00Z"),
            row(
                MAY_1,
                "shop",
                "web",
                "page_ping",
                1,
                "2024-05-01T09:00:10Z",
                "2024-05-01T09:00:10Z"),
            row(
                MAY_1,
                "shop",
                "web",
                "page_view",
                2,
                "2024-05-01T09:00:00Z",
                "2024-05-01T18:00:00Z"),
            row(
                MAY_1.plusDays(1),
                "site",
                "web",
                "event",
                1,
                "2024-05-02T00:00:00Z",
                "2024-05-02T00:00:00Z")),
        rows);
  }

  @Test
  void givenAReportZoneAndAppIds_whenRun_thenDaysAreLocalAndOtherAppsIgnored() {
    List<EnrichedEvent> events =
        List.of(
            TestEvents.pageView().appId("shop").collectorAt("2024-05-01T02:00:00Z").build(),
            TestEvents.pageView().appId("site").collectorAt("2024-05-01T02:00:00Z").build());

    List<ModelRow> rows =
        InMemoryExecutor.run(
            new DailyEvents(ZoneId.of("America/New_York"), List.of("shop")), events);

    assertEquals(1, rows.size());
    assertEquals(LocalDate.parse("2024-04-30"), rows.get(0).get(0));
    assertEquals("shop", rows.get(0).get(1));
  }

  private static ModelRow row(
      LocalDate day, String app, String platform, String name, long n, String first, String last) {
    return ModelRow.of(day, app, platform, name, n, Instant.parse(first), Instant.parse(last));
  }
}
