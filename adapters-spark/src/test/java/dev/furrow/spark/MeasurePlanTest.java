package dev.furrow.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Combine;
import dev.furrow.domain.model.Measure;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.testing.DistinctCount;
import dev.furrow.spark.MeasurePlan.Strategy;
import org.junit.jupiter.api.Test;

class MeasurePlanTest {

  @Test
  void standardMeasures_mapToNativeAggregates_exactDoubleSumsAndCustomOnesToTheUdaf() {
    assertEquals(Strategy.COUNT, strategy(Measures.count("n")));
    assertEquals(Strategy.LONG_SUM, strategy(Measures.sum("s", ColumnType.LONG, e -> 1L)));
    assertEquals(Strategy.LONG_SUM, strategy(Measures.countIf("c", e -> true)));
    assertEquals(
        Strategy.DOUBLE_UDAF, strategy(Measures.sum("d", ColumnType.DOUBLE, e -> e.seValue())));
    assertEquals(
        Strategy.MIN, strategy(Measures.min("a", ColumnType.STRING, EnrichedEvent::appId)));
    assertEquals(
        Strategy.MIN, strategy(Measures.any("a", ColumnType.STRING, EnrichedEvent::appId)));
    assertEquals(
        Strategy.MAX, strategy(Measures.max("a", ColumnType.STRING, EnrichedEvent::appId)));
    assertEquals(
        Strategy.FIRST_BY,
        strategy(
            Measures.firstBy(
                "f", ColumnType.STRING, EnrichedEvent::appId, EnrichedEvent::derivedTstamp)));
    assertEquals(
        Strategy.LAST_BY,
        strategy(
            Measures.lastBy(
                "l", ColumnType.STRING, EnrichedEvent::appId, EnrichedEvent::derivedTstamp)));
    assertEquals(
        Strategy.JAVA_UDAF,
        strategy(
            Measures.custom(
                new Column("u", ColumnType.LONG, Combine.MAX),
                EnrichedEvent::domainUserid,
                new DistinctCount())));
  }

  private static Strategy strategy(Measure<?, ?, ?> measure) {
    return new MeasurePlan("m", measure).strategy();
  }
}
