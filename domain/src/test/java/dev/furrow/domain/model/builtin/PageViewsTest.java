package dev.furrow.domain.model.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.InMemoryExecutor;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.model.RowCombiner;
import dev.furrow.domain.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageViewsTest {

  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  @Test
  void givenAPageViewAndItsPings_whenRun_thenOneRowWithPageStartAndEngagement() {
    List<EnrichedEvent> events =
        List.of(
            view("pv1", "/pricing", "Pricing", T0),
            ping("pv1", T0.plusSeconds(10)),
            ping("pv1", T0.plusSeconds(20)),
            ping("pv1", T0.plusSeconds(30)));

    List<ModelRow> rows = InMemoryExecutor.run(new PageViews(), events);

    assertEquals(List.of(ModelRow.of("pv1", "/pricing", "Pricing", T0, 3L, 30L)), rows);
  }

  @Test
  void givenSeveralPageViews_whenRun_thenOneRowEachSortedById() {
    List<EnrichedEvent> events =
        List.of(
            view("pv2", "/b", "B", T0.plusSeconds(60)),
            view("pv1", "/a", "A", T0),
            ping("pv2", T0.plusSeconds(70)));

    List<ModelRow> rows = InMemoryExecutor.run(new PageViews(), events);

    assertEquals(
        List.of(
            ModelRow.of("pv1", "/a", "A", T0, 0L, 0L),
            ModelRow.of("pv2", "/b", "B", T0.plusSeconds(60), 1L, 10L)),
        rows);
  }

  @Test
  void givenEventsWithoutWebPageContext_whenRun_thenTheyAreLeftOut() {
    List<EnrichedEvent> events =
        List.of(
            TestEvents.pageView().pageViewId(null).build(),
            TestEvents.pagePing().pageViewId(null).build(),
            TestEvents.structEvent().build());

    assertEquals(List.of(), InMemoryExecutor.run(new PageViews(), events));
  }

  @Test
  void givenOnlyPingsOfAPageView_whenRun_thenPageIsUnknownButEngagementCounts() {
    List<EnrichedEvent> events = List.of(ping("pv1", T0.plusSeconds(10)), ping("pv1", T0));

    List<ModelRow> rows = InMemoryExecutor.run(new PageViews(), events);

    assertEquals(List.of(ModelRow.of("pv1", null, null, T0, 2L, 20L)), rows);
  }

  @Test
  void givenOtherEventsOfThePageView_whenRun_thenTheyCountForTheStartOnly() {
    EnrichedEvent click =
        TestEvents.structEvent().pageViewId("pv1").url("/other").at(T0.minusSeconds(5)).build();
    List<EnrichedEvent> events = List.of(view("pv1", "/a", "A", T0), click);

    List<ModelRow> rows = InMemoryExecutor.run(new PageViews(), events);

    assertEquals(List.of(ModelRow.of("pv1", "/a", "A", T0.minusSeconds(5), 0L, 0L)), rows);
  }

  @Test
  void givenAHeartbeat_whenRun_thenEngagedSecondsArePingsTimesHeartbeat() {
    List<EnrichedEvent> events = List.of(ping("pv1", T0), ping("pv1", T0.plusSeconds(30)));

    List<ModelRow> rows = InMemoryExecutor.run(new PageViews(Duration.ofSeconds(30)), events);

    assertEquals(60L, rows.get(0).get(5));
  }

  @Test
  void aHeartbeatThatIsNotAPositiveWholeNumberOfSeconds_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new PageViews(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new PageViews(Duration.ofMillis(1500)));
  }

  @Test
  void givenThePageViewAndItsPingsInDifferentRuns_whenRowsAreCombined_thenOneCompleteRow() {
    PageViews model = new PageViews();
    List<ModelRow> perRun = new ArrayList<>();
    perRun.addAll(InMemoryExecutor.run(model, List.of(ping("pv1", T0.plusSeconds(10)))));
    perRun.addAll(InMemoryExecutor.run(model, List.of(view("pv1", "/a", "A", T0))));
    perRun.addAll(InMemoryExecutor.run(model, List.of(ping("pv1", T0.plusSeconds(20)))));

    assertEquals(
        List.of(ModelRow.of("pv1", "/a", "A", T0, 2L, 20L)), RowCombiner.combine(model, perRun));
  }

  private static EnrichedEvent view(String id, String url, String title, Instant at) {
    return TestEvents.pageView().pageViewId(id).url(url).title(title).at(at).build();
  }

  private static EnrichedEvent ping(String id, Instant at) {
    return TestEvents.pagePing().pageViewId(id).url("/ignored").title("Ignored").at(at).build();
  }
}
