package dev.furrow.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.job.ProcessedBatch;
import dev.furrow.domain.local.InMemoryModelEngine;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures are reported early and name what failed. */
class SparkModelEngineFailureIT {

  @TempDir static Path dir;
  static List<RunFolder> runs;

  final SparkModelEngine engine = new SparkModelEngine(TestSpark.session());

  @BeforeAll
  static void writeRuns() {
    runs = RunFixture.write(dir);
  }

  @Test
  void modelWithNonSerialisableLambda_failsBeforeAnyJob_namingTheModel() {
    Object notSerialisable = new Object();
    Model leaky =
        Model.named("leaky_model")
            .key(Keys.string("app", e -> e.appId() + notSerialisable.hashCode()))
            .measure(Measures.count("events"))
            .build();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                engine.process(
                    runs, List.of(BuiltInModels.byName("page_views"), leaky), Dedup.NONE));

    assertTrue(e.getMessage().contains("model 'leaky_model'"), e.getMessage());
    assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
  }

  @Test
  void customAggregatorWithNonSerialisableBuffer_failsBeforeAnyJob_namingTheMeasure() {
    Model model =
        Model.named("opaque_buffer")
            .measure(
                Measures.custom(
                    new dev.furrow.domain.model.Column(
                        "n", ColumnType.LONG, dev.furrow.domain.model.Combine.SUM),
                    EnrichedEvent::appId,
                    new OpaqueCount()))
            .build();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> engine.process(runs, List.of(model), Dedup.NONE));

    assertTrue(e.getMessage().contains("measure 'n' of model 'opaque_buffer'"), e.getMessage());
  }

  @Test
  void valueOfTheWrongType_failsWithTheInMemoryMessage() {
    Model model =
        Model.named("wrong_type")
            .key(Keys.of("session", ColumnType.LONG, EnrichedEvent::domainSessionidx))
            .measure(Measures.count("events"))
            .build();
    String expected =
        assertThrows(
                IllegalStateException.class,
                () -> new InMemoryModelEngine().process(runs, List.of(model), Dedup.NONE))
            .getMessage();

    try (ProcessedBatch batch = engine.process(runs, List.of(model), Dedup.NONE)) {
      Exception e =
          assertThrows(Exception.class, () -> Batches.toList(batch.rows(runs.get(0).id(), model)));
      assertTrue(messages(e).contains(expected), messages(e));
    }
  }

  @Test
  void orderOfAnUnsupportedType_failsNamingModelAndMeasure() {
    Model model =
        Model.named("odd_order")
            .measure(
                Measures.firstBy(
                    "first_app", ColumnType.STRING, EnrichedEvent::appId, e -> new Rank(1)))
            .build();

    try (ProcessedBatch batch = engine.process(runs, List.of(model), Dedup.NONE)) {
      Exception e =
          assertThrows(Exception.class, () -> Batches.toList(batch.rows(runs.get(0).id(), model)));
      String text = messages(e);
      assertTrue(text.contains("Model 'odd_order' measure 'first_app'"), text);
      assertTrue(text.contains(Rank.class.getName() + " cannot be ranked on Spark"), text);
    }
  }

  @Test
  void missingRunFolder_failsNamingIt() {
    RunFolder missing = new RunFolder(RunId.of("run=missing"), dir.resolve("nowhere").toUri());

    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> engine.process(List.of(missing), BuiltInModels.all(), Dedup.NONE));

    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  @Test
  void runsOrModelsOutsideTheBatch_andClosedBatches_areRejected() {
    Model model = BuiltInModels.byName("daily_events");
    ProcessedBatch batch = engine.process(runs.subList(0, 1), List.of(model), Dedup.NONE);
    RunId run = runs.get(0).id();

    assertThrows(NoSuchElementException.class, () -> batch.counts(runs.get(1).id()));
    assertThrows(
        NoSuchElementException.class, () -> batch.rows(run, BuiltInModels.byName("page_views")));
    batch.close();
    assertThrows(IllegalStateException.class, () -> batch.rows(run, model));
  }

  @Test
  void duplicateModelNames_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                engine.process(
                    runs,
                    List.of(BuiltInModels.byName("page_views"), BuiltInModels.byName("page_views")),
                    Dedup.NONE));
    assertEquals("Model names must be unique in a batch: [page_views]", e.getMessage());
  }

  private static String messages(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t).append('\n');
    }
    return text.toString();
  }

  /** A Comparable no engine knows how to rank natively. */
  record Rank(int value) implements Comparable<Rank>, Serializable {
    @Override
    public int compareTo(Rank other) {
      return Integer.compare(value, other.value);
    }
  }

  /** Counts inputs in a buffer that cannot be serialised. */
  static final class OpaqueCount
      implements dev.furrow.domain.model.Aggregator<String, OpaqueCount.Counter, Long> {
    private static final long serialVersionUID = 1L;

    static final class Counter {
      long n;
    }

    @Override
    public Counter zero() {
      return new Counter();
    }

    @Override
    public Counter add(Counter buffer, String input) {
      buffer.n++;
      return buffer;
    }

    @Override
    public Counter merge(Counter left, Counter right) {
      left.n += right.n;
      return left;
    }

    @Override
    public Long finish(Counter buffer) {
      return buffer.n;
    }
  }
}
