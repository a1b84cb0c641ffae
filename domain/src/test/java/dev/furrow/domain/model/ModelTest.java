package dev.furrow.domain.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.testing.TestEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void columns_areKeysFirstThenMeasures_inDeclarationOrder() {
    Model model =
        Model.named("m")
            .measure(Measures.count("views"))
            .key(Keys.string("country", EnrichedEvent::geoCountry))
            .measure(Measures.max("last", ColumnType.TIMESTAMP, EnrichedEvent::etlTstamp))
            .key(Keys.string("app", EnrichedEvent::appId))
            .build();

    assertEquals(
        List.of(
            new Column("country", ColumnType.STRING, Combine.KEY),
            new Column("app", ColumnType.STRING, Combine.KEY),
            new Column("views", ColumnType.LONG, Combine.SUM),
            new Column("last", ColumnType.TIMESTAMP, Combine.MAX)),
        model.columns());
  }

  @Test
  void keyOf_readsTheKeyValuesOfAnEvent() {
    Model model =
        Model.named("m")
            .key(Keys.string("country", EnrichedEvent::geoCountry))
            .key(Keys.string("app", EnrichedEvent::appId))
            .measure(Measures.count("n"))
            .build();

    assertArrayEquals(
        new Object[] {"FR", "shop"},
        model.keyOf(TestEvents.pageView().country("FR").appId("shop").build()));
  }

  @Test
  void aModelWithoutFilter_acceptsEveryEvent() {
    Model model = Model.named("m").measure(Measures.count("n")).build();
    assertTrue(model.accepts(TestEvents.structEvent().build()));
  }

  @Test
  void aColumnNamedTwice_isRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Model.named("m")
                    .key(Keys.string("n", EnrichedEvent::appId))
                    .measure(Measures.count("n"))
                    .build());
    assertTrue(error.getMessage().contains("'n'"), error.getMessage());
  }

  @Test
  void namesThatAreNotSnakeCase_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> Model.named("PageViews"));
    assertThrows(IllegalArgumentException.class, () -> Measures.count("num-views"));
    assertThrows(IllegalArgumentException.class, () -> Model.named("m").build());
  }

  @Test
  void keysMustCombineAsKey_andMeasuresMustNot() {
    Column measureColumn = new Column("x", ColumnType.STRING, Combine.ANY);
    assertThrows(IllegalArgumentException.class, () -> new Key<>(measureColumn, e -> "x"));
    assertThrows(
        IllegalArgumentException.class, () -> Measures.count("n").withCombine(Combine.KEY));
    assertEquals(Combine.MAX, Measures.count("n").withCombine(Combine.MAX).column().combine());
  }

  @Test
  void sumOfANonNumericType_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Measures.sum("s", ColumnType.STRING, EnrichedEvent::txnId));
  }

  @Test
  void firstByAndLastBy_pickByOrderAndSkipEventsWithoutValue() {
    Model model =
        Model.named("m")
            .measure(
                Measures.firstBy(
                    "first_page",
                    ColumnType.STRING,
                    EnrichedEvent::pageUrl,
                    EnrichedEvent::derivedTstamp))
            .measure(
                Measures.lastBy(
                    "last_page",
                    ColumnType.STRING,
                    EnrichedEvent::pageUrl,
                    EnrichedEvent::derivedTstamp))
            .build();

    List<ModelRow> rows =
        InMemoryExecutor.run(
            model,
            List.of(
                TestEvents.pageView().url("/b").at("2024-05-01T10:00:00Z").build(),
                TestEvents.pageView().url("/a").at("2024-05-01T09:00:00Z").build(),
                TestEvents.pageView().url(null).at("2024-05-01T08:00:00Z").build(),
                TestEvents.pageView().url("/d").at("2024-05-01T11:00:00Z").build(),
                TestEvents.pageView().url("/c").at("2024-05-01T11:00:00Z").build()));

    assertEquals(List.of(ModelRow.of("/a", "/d")), rows);
  }
}
