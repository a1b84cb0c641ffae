package dev.furrow.domain.model.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Combine;
import dev.furrow.domain.model.InMemoryExecutor;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.testing.TestEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageviewGeoSummaryTest {

  private static final LocalDate MAY_1 = LocalDate.parse("2024-05-01");
  private static final LocalDate MAY_2 = LocalDate.parse("2024-05-02");

  @Test
  void declaresTheColumnsOfTheSeedSql() {
    assertEquals(
        List.of(
            new Column("report_date", ColumnType.DATE, Combine.KEY),
            new Column("page", ColumnType.STRING, Combine.KEY),
            new Column("country", ColumnType.STRING, Combine.KEY),
            new Column("num_views", ColumnType.LONG, Combine.SUM),
            new Column("last_etl_tstamp", ColumnType.TIMESTAMP, Combine.MAX)),
        new PageviewGeoSummary().columns());
  }

  @Test
  void givenPageViews_whenRun_thenViewsAreCountedPerUtcDayPageAndCountry() {
    List<EnrichedEvent> events =
        List.of(
            view("/home", "FR", "2024-05-01T10:00:00Z", "2024-05-01T10:20:00Z"),
            view("/home", "FR", "2024-05-01T23:59:59Z", "2024-05-02T00:05:00Z"),
            view("/home", "GB", "2024-05-01T12:00:00Z", "2024-05-01T12:01:00Z"),
            view("/home", "FR", "2024-05-02T00:00:00Z", "2024-05-02T00:01:00Z"),
            view("/about", null, "2024-05-01T08:00:00Z", "2024-05-01T08:01:00Z"));

    List<ModelRow> rows = InMemoryExecutor.run(new PageviewGeoSummary(), events);

    assertEquals(
        List.of(
            ModelRow.of(MAY_1, "/about", null, 1L, Instant.parse("2024-05-01T08:01:00Z")),
            ModelRow.of(MAY_1, "/home", "FR", 2L, Instant.parse("2024-05-02T00:05:00Z")),
            ModelRow.of(MAY_1, "/home", "GB", 1L, Instant.parse("2024-05-01T12:01:00Z")),
            ModelRow.of(MAY_2, "/home", "FR", 1L, Instant.parse("2024-05-02T00:01:00Z"))),
        rows);
  }

  @Test
  void givenEventsOtherThanPageViews_whenRun_thenTheyAreNotCounted() {
    List<EnrichedEvent> events =
        List.of(
            view("/home", "FR", "2024-05-01T10:00:00Z", "2024-05-01T10:01:00Z"),
            TestEvents.pagePing().url("/home").country("FR").at("2024-05-01T10:00:10Z").build(),
            TestEvents.structEvent().country("FR").at("2024-05-01T10:00:20Z").build());

    List<ModelRow> rows = InMemoryExecutor.run(new PageviewGeoSummary(), events);

    assertEquals(
        List.of(ModelRow.of(MAY_1, "/home", "FR", 1L, Instant.parse("2024-05-01T10:01:00Z"))),
        rows);
  }

  @Test
  void givenAReportZone_whenRun_thenTheDayIsTheDerivedTimestampsDayInThatZone() {
    EnrichedEvent lateEvening =
        TestEvents.pageView()
            .url("/home")
            .country("FR")
            .collectorAt("2024-05-01T08:00:00Z")
            .derivedAt("2024-04-30T22:30:00Z")
            .build();

    List<ModelRow> utc = InMemoryExecutor.run(new PageviewGeoSummary(), List.of(lateEvening));
    List<ModelRow> paris =
        InMemoryExecutor.run(
            new PageviewGeoSummary(ZoneId.of("Europe/Paris")), List.of(lateEvening));

    assertEquals(LocalDate.parse("2024-04-30"), utc.get(0).get(0));
    assertEquals(MAY_1, paris.get(0).get(0));
  }

  @Test
  void givenAppIds_whenRun_thenOnlyThoseAppsAreCounted() {
    List<EnrichedEvent> events =
        List.of(
            TestEvents.pageView().appId("shop").url("/home").build(),
            TestEvents.pageView().appId("site").url("/home").build());

    List<ModelRow> rows =
        InMemoryExecutor.run(
            new PageviewGeoSummary("page_view", ZoneId.of("UTC"), List.of("shop")), events);

    assertEquals(1L, rows.get(0).get(3));
  }

  private static EnrichedEvent view(String page, String country, String at, String etlAt) {
    return TestEvents.pageView().url(page).country(country).at(at).etlAt(etlAt).build();
  }
}
