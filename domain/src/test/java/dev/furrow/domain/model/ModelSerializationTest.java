package dev.furrow.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.model.builtin.DailyEvents;
import dev.furrow.domain.model.builtin.PageViews;
import dev.furrow.domain.model.builtin.PageviewGeoSummary;
import dev.furrow.domain.model.example.CheckoutRevenue;
import dev.furrow.domain.testing.DistinctCount;
import dev.furrow.domain.testing.SampleTraffic;
import dev.furrow.domain.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelSerializationTest {

  private static final List<EnrichedEvent> EVENTS = TestEvents.parse(SampleTraffic.lines(7, 300));

  static Stream<Model> models() {
    return Stream.concat(
        BuiltInModels.all().stream(),
        Stream.of(
            new PageviewGeoSummary("page_view", ZoneId.of("Europe/Paris"), List.of("shop")),
            new PageViews(Duration.ofSeconds(30), List.of("site", "blog")),
            new DailyEvents(ZoneId.of("America/New_York"), List.of("shop")),
            new CheckoutRevenue(ZoneId.of("UTC"), Set.of("shop")),
            everyMeasureKind()));
  }

  @ParameterizedTest
  @MethodSource("models")
  void givenAModel_whenSerialisedAndRead_thenItProducesTheSameRows(Model model) throws Exception {
    Model copy = roundTrip(model);

    assertNotSame(model, copy);
    assertEquals(model.getClass(), copy.getClass());
    assertEquals(model.name(), copy.name());
    assertEquals(model.columns(), copy.columns());
    assertEquals(InMemoryExecutor.run(model, EVENTS), InMemoryExecutor.run(copy, EVENTS));
  }

  /** A user model with every standard measure, a custom one and every filter combinator. */
  private static Model everyMeasureKind() {
    return Model.named("every_kind")
        .where(Filters.or(Filters.eventIs("page_view"), Filters.appIdIn("shop")).negate().negate())
        .where(
            Filters.hasContext("com.snowplowanalytics.snowplow", "web_page", 1).or(Filters.all()))
        .key(Keys.date("day", EnrichedEvent::collectorTstamp, ZoneId.of("Asia/Tokyo")))
        .key(Keys.integer("session_index", EnrichedEvent::domainSessionidx))
        .measure(Measures.count("events"))
        .measure(Measures.countIf("views", Filters.eventIs("page_view")))
        .measure(Measures.sum("value", ColumnType.DOUBLE, EnrichedEvent::seValue))
        .measure(Measures.min("first", ColumnType.TIMESTAMP, EnrichedEvent::derivedTstamp))
        .measure(Measures.max("last", ColumnType.TIMESTAMP, EnrichedEvent::derivedTstamp))
        .measure(Measures.any("some_country", ColumnType.STRING, EnrichedEvent::geoCountry))
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
                    EnrichedEvent::derivedTstamp)
                .withCombine(Combine.MAX))
        .measure(
            Measures.custom(
                new Column("apps", ColumnType.LONG, Combine.MAX),
                EnrichedEvent::appId,
                new DistinctCount()))
        .build();
  }

  private static Model roundTrip(Model model) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(model);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Model) in.readObject();
    }
  }
}
