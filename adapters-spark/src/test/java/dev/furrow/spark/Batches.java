package dev.furrow.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.job.ProcessedBatch;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Test helper: reading and comparing the results of engines. */
final class Batches {

  private Batches() {}

  /** Row order: column by column, nulls first, natural order (the in-memory executor's order). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static final Comparator<ModelRow> ROW_ORDER =
      (left, right) -> {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
          Object a = left.get(i);
          Object b = right.get(i);
          if (a == null || b == null) {
            if (a != b) {
              return a == null ? -1 : 1;
            }
            continue;
          }
          int c = ((Comparable) a).compareTo(b);
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(left.size(), right.size());
      };

  static <T> List<T> toList(Iterator<T> iterator) {
    List<T> list = new ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }

  /** The rows of one model and run, sorted. */
  static List<ModelRow> rows(ProcessedBatch batch, RunId run, Model model) {
    List<ModelRow> rows = toList(batch.rows(run, model));
    rows.sort(ROW_ORDER);
    return rows;
  }

  /** The bad rows of one run, sorted by line. */
  static List<BadRow> badRows(ProcessedBatch batch, RunId run) {
    List<BadRow> rows = toList(batch.badRows(run));
    rows.sort(Comparator.comparing(BadRow::line));
    return rows;
  }

  /** Asserts equal counts, bad rows and rows of every model for every run. */
  static void assertSameResults(
      ProcessedBatch expected, ProcessedBatch actual, List<RunId> runs, List<Model> models) {
    for (RunId run : runs) {
      assertEquals(expected.counts(run), actual.counts(run), "counts of " + run);
      assertEquals(badRows(expected, run), badRows(actual, run), "bad rows of " + run);
      for (Model model : models) {
        assertEquals(
            rows(expected, run, model), rows(actual, run, model), model.name() + " of " + run);
      }
    }
  }
}
