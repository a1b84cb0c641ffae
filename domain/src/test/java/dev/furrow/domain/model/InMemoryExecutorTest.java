package dev.furrow.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.Field;
import dev.furrow.domain.testing.TestEvents;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryExecutorTest {

  private static final Model VIEWS_BY_COUNTRY =
      Model.named("views_by_country")
          .where(Filters.eventIs("page_view"))
          .key(Keys.string("country", EnrichedEvent::geoCountry))
          .measure(Measures.count("views"))
          .measure(Measures.min("first_seen", ColumnType.TIMESTAMP, EnrichedEvent::derivedTstamp))
          .build();

  @Test
  void givenEventsOfSeveralKeys_whenRun_thenOneRowPerKeySortedWithNullFirst() {
    List<EnrichedEvent> events =
        List.of(
            TestEvents.pageView().country("GB").at("2024-05-01T10:00:00Z").build(),
            TestEvents.pageView().country("FR").at("2024-05-01T11:00:00Z").build(),
            TestEvents.pageView().country(null).at("2024-05-01T12:00:00Z").build(),
            TestEvents.pageView().country("FR").at("2024-05-01T09:00:00Z").build());

    List<ModelRow> rows = InMemoryExecutor.run(VIEWS_BY_COUNTRY, events);

    assertEquals(
        List.of(
            ModelRow.of(null, 1L, Instant.parse("2024-05-01T12:00:00Z")),
            ModelRow.of("FR", 2L, Instant.parse("2024-05-01T09:00:00Z")),
            ModelRow.of("GB", 1L, Instant.parse("2024-05-01T10:00:00Z"))),
        rows);
  }

  @Test
  void givenOnlyFilteredOutEvents_whenRun_thenNoRows() {
    List<EnrichedEvent> events =
        List.of(TestEvents.pagePing().country("FR").build(), TestEvents.structEvent().build());

    assertEquals(List.of(), InMemoryExecutor.run(VIEWS_BY_COUNTRY, events));
  }

  @Test
  void givenNullInputs_whenRun_thenTheyAreSkippedButTheGroupStillExists() {
    List<EnrichedEvent> events =
        List.of(
            TestEvents.pageView().country("FR").field(Field.DERIVED_TSTAMP, "").build(),
            TestEvents.pageView().country("GB").field(Field.DERIVED_TSTAMP, "").build(),
            TestEvents.pageView().country("GB").at("2024-05-01T08:00:00Z").build());

    List<ModelRow> rows = InMemoryExecutor.run(VIEWS_BY_COUNTRY, events);

    assertEquals(
        List.of(
            ModelRow.of("FR", 1L, null),
            ModelRow.of("GB", 2L, Instant.parse("2024-05-01T08:00:00Z"))),
        rows);
  }

  @Test
  void givenAModelWithoutKeys_whenRun_thenOneRowOverAllAcceptedEvents() {
    Model total = Model.named("total").measure(Measures.count("events")).build();

    List<ModelRow> rows =
        InMemoryExecutor.run(
            total, List.of(TestEvents.pageView().build(), TestEvents.structEvent().build()));

    assertEquals(List.of(ModelRow.of(2L)), rows);
  }

  @Test
  void givenAKeyProducingTheWrongJavaType_whenRun_thenFailsNamingTheColumn() {
    Model wrong =
        Model.named("wrong")
            .key(Keys.of("session_index", ColumnType.LONG, EnrichedEvent::domainSessionidx))
            .measure(Measures.count("events"))
            .build();

    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> InMemoryExecutor.run(wrong, List.of(TestEvents.pageView().build())));
    assertTrue(error.getMessage().contains("session_index"), error.getMessage());
  }

  @Test
  void givenSeveralFilters_whenRun_thenAnEventMustPassThemAll() {
    Model shopViews =
        Model.named("shop_views")
            .where(Filters.eventIs("page_view"))
            .where(Filters.appIdIn("shop"))
            .measure(Measures.count("views"))
            .build();

    List<ModelRow> rows =
        InMemoryExecutor.run(
            shopViews,
            List.of(
                TestEvents.pageView().appId("shop").build(),
                TestEvents.pageView().appId("site").build(),
                TestEvents.pagePing().appId("shop").build()));

    assertEquals(List.of(ModelRow.of(1L)), rows);
  }
}
