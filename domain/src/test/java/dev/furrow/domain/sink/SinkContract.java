package dev.furrow.domain.sink;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.OTHER;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.RUN_B;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertCausedBy;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.domain.sink.SinkFixtures.failingAfter;
import static dev.furrow.domain.sink.SinkFixtures.manyRows;
import static dev.furrow.domain.sink.SinkFixtures.rowWithPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test: the behaviour every {@link Sink} must show. Subclasses provide a fresh sink over
 * empty storage and a way to read back what it stored, as {@link ModelRow}s holding the Java types
 * of {@link ColumnType} (String, Integer, Long, Double, LocalDate, Instant, Boolean).
 *
 * <p>Rows are compared as multisets: a sink need not keep their order. The model, runs and rows are
 * in {@link SinkFixtures}.
 */
public abstract class SinkContract {

  protected Sink sink;

  /** A new sink over storage that holds no rows of the fixture models. */
  protected abstract Sink newSink();

  /** The rows the sink's storage holds for {@code model} and {@code run}, in any order. */
  protected abstract List<ModelRow> readBack(RunId run, Model model);

  /**
   * The rows the sink's storage holds for every run of {@code model}, or empty when the storage
   * cannot list runs (the checks that need it are then skipped). Runs without rows may be absent.
   */
  protected Optional<Map<RunId, List<ModelRow>>> readAll(Model model) {
    return Optional.empty();
  }

  /** How many rows {@link #manyRows_areAllWrittenOnce} streams. */
  protected int manyRowsCount() {
    return 20_000;
  }

  @BeforeEach
  void createSink() {
    sink = newSink();
  }

  @Test
  void writtenRun_readsBackEveryValueOfEveryType() {
    long written = sink.write(RUN_A, ALL_TYPES, VARIED.iterator());

    assertEquals(VARIED.size(), written);
    assertSameRows(VARIED, readBack(RUN_A, ALL_TYPES));
  }

  @Test
  void unwrittenRun_hasNoRows() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());

    assertSameRows(List.of(), readBack(RUN_B, ALL_TYPES));
    assertSameRows(List.of(), readBack(RUN_A, OTHER));
  }

  @Test
  void rewrittenRun_isReplaced_notDuplicated() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    List<ModelRow> second = List.of(VARIED.get(0), rowWithPage("only in the second write"));

    long written = sink.write(RUN_A, ALL_TYPES, second.iterator());

    assertEquals(2, written);
    assertSameRows(second, readBack(RUN_A, ALL_TYPES));
    assertRuns(ALL_TYPES, Map.of(RUN_A, second));
  }

  @Test
  void sameRowsWrittenTwice_areStoredOnce() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());

    assertSameRows(VARIED, readBack(RUN_A, ALL_TYPES));
  }

  @Test
  void twoRuns_areKeptSideBySide() {
    List<ModelRow> rowsA = VARIED.subList(0, 2);
    List<ModelRow> rowsB = VARIED.subList(2, VARIED.size());

    sink.write(RUN_A, ALL_TYPES, rowsA.iterator());
    sink.write(RUN_B, ALL_TYPES, rowsB.iterator());

    assertSameRows(rowsA, readBack(RUN_A, ALL_TYPES));
    assertSameRows(rowsB, readBack(RUN_B, ALL_TYPES));
    assertRuns(ALL_TYPES, Map.of(RUN_A, rowsA, RUN_B, rowsB));
  }

  @Test
  void rewritingOneRun_leavesTheOtherRunAlone() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    sink.write(RUN_B, ALL_TYPES, VARIED.subList(0, 1).iterator());

    sink.write(RUN_A, ALL_TYPES, VARIED.subList(1, 2).iterator());

    assertSameRows(VARIED.subList(1, 2), readBack(RUN_A, ALL_TYPES));
    assertSameRows(VARIED.subList(0, 1), readBack(RUN_B, ALL_TYPES));
  }

  @Test
  void sameRunOfTwoModels_areIndependent() {
    List<ModelRow> other = List.of(ModelRow.of("FR", 7L), ModelRow.of(null, 1L));

    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    sink.write(RUN_A, OTHER, other.iterator());

    assertSameRows(VARIED, readBack(RUN_A, ALL_TYPES));
    assertSameRows(other, readBack(RUN_A, OTHER));
  }

  @Test
  void emptyRun_hasNoRows() {
    long written = sink.write(RUN_A, ALL_TYPES, Collections.emptyIterator());

    assertEquals(0, written);
    assertSameRows(List.of(), readBack(RUN_A, ALL_TYPES));
  }

  @Test
  void rewriteWithNoRows_removesThePreviousRows() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    sink.write(RUN_B, ALL_TYPES, VARIED.iterator());

    long written = sink.write(RUN_A, ALL_TYPES, Collections.emptyIterator());

    assertEquals(0, written);
    assertSameRows(List.of(), readBack(RUN_A, ALL_TYPES));
    assertSameRows(VARIED, readBack(RUN_B, ALL_TYPES));
  }

  @Test
  void writeWhoseRowsFailMidway_keepsThePreviousRowsOfThatRun() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    RuntimeException failure = new IllegalStateException("event source failed");
    Iterator<ModelRow> failing = failingAfter(manyRows(1_000), 600, failure);

    RuntimeException thrown =
        assertThrows(RuntimeException.class, () -> sink.write(RUN_A, ALL_TYPES, failing));

    assertCausedBy(failure, thrown);
    assertSameRows(VARIED, readBack(RUN_A, ALL_TYPES));
    assertRuns(ALL_TYPES, Map.of(RUN_A, VARIED));
  }

  @Test
  void firstWriteFailingMidway_leavesTheRunWithoutRows() {
    RuntimeException failure = new IllegalStateException("event source failed");

    assertThrows(
        RuntimeException.class,
        () -> sink.write(RUN_A, ALL_TYPES, failingAfter(VARIED.iterator(), 2, failure)));

    assertSameRows(List.of(), readBack(RUN_A, ALL_TYPES));
  }

  @Test
  void failedWrite_doesNotPreventTheNextWriteOfThatRun() {
    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    RuntimeException failure = new IllegalStateException("event source failed");
    assertThrows(
        RuntimeException.class,
        () -> sink.write(RUN_A, ALL_TYPES, failingAfter(VARIED.iterator(), 3, failure)));

    long written = sink.write(RUN_A, ALL_TYPES, VARIED.subList(0, 2).iterator());

    assertEquals(2, written);
    assertSameRows(VARIED.subList(0, 2), readBack(RUN_A, ALL_TYPES));
  }

  @Test
  void manyRows_areAllWrittenOnce() {
    int count = manyRowsCount();

    long written = sink.write(RUN_A, ALL_TYPES, manyRows(count));

    assertEquals(count, written);
    List<ModelRow> read = readBack(RUN_A, ALL_TYPES);
    assertEquals(count, read.size());
    assertEquals(count, read.stream().map(r -> r.get(4)).distinct().count(), "distinct events");
    long expectedSum = (long) count * (count - 1) / 2;
    assertEquals(expectedSum, read.stream().mapToLong(r -> (Long) r.get(4)).sum());
  }

  private void assertRuns(Model model, Map<RunId, List<ModelRow>> expected) {
    Optional<Map<RunId, List<ModelRow>>> all = readAll(model);
    if (all.isEmpty()) {
      return;
    }
    Map<RunId, List<ModelRow>> nonEmpty = new TreeMap<>();
    all.get()
        .forEach(
            (run, rows) -> {
              if (!rows.isEmpty()) {
                nonEmpty.put(run, rows);
              }
            });
    assertEquals(new TreeMap<>(expected).keySet(), nonEmpty.keySet(), "runs holding rows");
    expected.forEach((run, rows) -> assertSameRows(rows, nonEmpty.get(run)));
  }
}
