package dev.furrow.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.testing.SampleTraffic;
import dev.furrow.domain.testing.TestEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RowCombinerTest {

  static List<String> builtInModels() {
    return BuiltInModels.names();
  }

  @ParameterizedTest
  @MethodSource("builtInModels")
  void givenEventsSplitIntoRuns_whenEachRunIsProcessedAndRowsCombined_thenEqualsProcessingAllAtOnce(
      String name) {
    Model model = BuiltInModels.byName(name);
    List<EnrichedEvent> events = TestEvents.parse(SampleTraffic.lines(42, 600));
    for (int runCount : new int[] {2, 3, 7}) {
      List<List<EnrichedEvent>> runs = split(events, runCount, new Random(runCount));
      List<ModelRow> perRun = new ArrayList<>();
      runs.forEach(run -> perRun.addAll(InMemoryExecutor.run(model, run)));

      List<ModelRow> allAtOnce = InMemoryExecutor.run(model, events);

      assertTrue(allAtOnce.size() > 5, "the sample must produce several rows");
      assertTrue(perRun.size() > allAtOnce.size(), "some keys must span several runs");
      assertEquals(allAtOnce, RowCombiner.combine(model, perRun), name + " over " + runCount);
    }
  }

  @Test
  void combine_appliesEachColumnsRule() {
    Model model =
        Model.named("m")
            .key(Keys.string("k", EnrichedEvent::appId))
            .measure(Measures.count("n"))
            .measure(Measures.sum("d", ColumnType.DOUBLE, EnrichedEvent::seValue))
            .measure(Measures.min("lo", ColumnType.TIMESTAMP, EnrichedEvent::etlTstamp))
            .measure(Measures.max("hi", ColumnType.TIMESTAMP, EnrichedEvent::etlTstamp))
            .measure(Measures.any("any", ColumnType.STRING, EnrichedEvent::pageTitle))
            .build();
    Instant t1 = Instant.parse("2024-05-01T10:00:00Z");
    Instant t2 = Instant.parse("2024-05-02T10:00:00Z");

    List<ModelRow> combined =
        RowCombiner.combine(
            model,
            List.of(
                ModelRow.of("b", 1L, 0.5, t1, t1, null),
                ModelRow.of("a", 2L, 1.5, t2, t2, "pear"),
                ModelRow.of(null, 4L, 0.0, null, null, null),
                ModelRow.of("a", 3L, 2.0, t1, t1, "apple"),
                ModelRow.of("a", 5L, 0.25, null, null, null)));

    assertEquals(
        List.of(
            ModelRow.of(null, 4L, 0.0, null, null, null),
            ModelRow.of("a", 10L, 3.75, t1, t2, "apple"),
            ModelRow.of("b", 1L, 0.5, t1, t1, null)),
        combined);
  }

  private static <T> List<List<T>> split(List<T> items, int parts, Random random) {
    List<List<T>> runs = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      runs.add(new ArrayList<>());
    }
    items.forEach(item -> runs.get(random.nextInt(parts)).add(item));
    return runs;
  }
}
