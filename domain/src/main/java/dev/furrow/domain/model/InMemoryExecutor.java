package dev.furrow.domain.model;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.job.RunCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Executor: defines what a model means, in memory. For every event that passes the filter, the key
 * values select a group (null is a key value like any other); each measure adds the event's input
 * to the group's buffer unless the input is null. A group exists once one event reached it. Rows
 * come out sorted by the key columns, nulls first, each value checked against its column type.
 * Other engines must give the same rows for the same events.
 */
public final class InMemoryExecutor {

  private InMemoryExecutor() {}

  /** The rows of {@code model} over {@code events}, sorted by key (nulls first). */
  public static List<ModelRow> run(Model model, Iterable<? extends EnrichedEvent> events) {
    List<Measure<?, ?, ?>> measures = model.measures();
    Map<List<Object>, Object[]> groups = new HashMap<>();
    for (EnrichedEvent e : events) {
      if (!model.accepts(e)) {
        continue;
      }
      List<Object> key = Arrays.asList(model.keyOf(e));
      checkTypes(model, key, 0);
      Object[] buffers =
          groups.computeIfAbsent(
              key,
              k -> {
                Object[] zeros = new Object[measures.size()];
                for (int i = 0; i < zeros.length; i++) {
                  zeros[i] = measures.get(i).aggregator().zero();
                }
                return zeros;
              });
      for (int i = 0; i < buffers.length; i++) {
        buffers[i] = add(measures.get(i), buffers[i], e);
      }
    }
    List<ModelRow> rows = new ArrayList<>(groups.size());
    for (List<Object> key : Values.sortedKeys(groups)) {
      Object[] buffers = groups.get(key);
      List<Object> values = new ArrayList<>(key);
      for (int i = 0; i < buffers.length; i++) {
        values.add(finish(measures.get(i), buffers[i]));
      }
      checkTypes(model, values, key.size());
      rows.add(new ModelRow(values));
    }
    return rows;
  }

  /**
   * Parses and deduplicates {@code lines} as {@link EventBatch#of} does, then runs {@code model}
   * over the events kept.
   */
  public static LinesResult runLines(Model model, Iterable<String> lines, Dedup dedup) {
    EventBatch batch = EventBatch.of(lines, dedup);
    return new LinesResult(run(model, batch.events()), batch.counts(), batch.badRows());
  }

  /**
   * Value: the outcome of {@link #runLines}.
   *
   * @param rows the model's rows, sorted by key
   * @param counts lines, events kept, bad lines and natural duplicates dropped
   * @param badRows the lines that are not valid events, in line order
   */
  public record LinesResult(List<ModelRow> rows, RunCounts counts, List<BadRow> badRows) {
    public LinesResult {
      rows = List.copyOf(rows);
      badRows = List.copyOf(badRows);
    }
  }

  @SuppressWarnings("unchecked")
  private static <I, B, O> Object add(Measure<I, B, O> measure, Object buffer, EnrichedEvent e) {
    I input = measure.input().apply(e);
    return input == null ? buffer : measure.aggregator().add((B) buffer, input);
  }

  @SuppressWarnings("unchecked")
  private static <I, B, O> Object finish(Measure<I, B, O> measure, Object buffer) {
    return measure.aggregator().finish((B) buffer);
  }

  /** Fails when a value does not have its column's Java type: a bug in the model, not the data. */
  private static void checkTypes(Model model, List<Object> values, int from) {
    List<Column> columns = model.columns();
    for (int i = from; i < values.size(); i++) {
      Column column = columns.get(i);
      Object value = values.get(i);
      if (!column.type().accepts(value)) {
        throw new IllegalStateException(
            "Model '"
                + model.name()
                + "' column '"
                + column.name()
                + "' is "
                + column.type()
                + " but produced a "
                + value.getClass().getName());
      }
    }
  }
}
