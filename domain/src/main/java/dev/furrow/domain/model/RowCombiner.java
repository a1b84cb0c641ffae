package dev.furrow.domain.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Combiner: merges the rows of several runs of one model into one row per key by each column's
 * {@link Combine} rule, as the reporting views over all runs do. KEY columns group; SUM adds (nulls
 * ignored; null when every value is null); MIN / MAX / ANY keep the smallest / largest / smallest
 * non-null value. Rows come out sorted by key, nulls first.
 */
public final class RowCombiner {

  private RowCombiner() {}

  /** The combined rows of {@code rows}, which are in {@link Model#columns()} order. */
  public static List<ModelRow> combine(Model model, Iterable<ModelRow> rows) {
    List<Column> columns = model.columns();
    int keyCount = model.keys().size();
    Map<List<Object>, Object[]> groups = new HashMap<>();
    for (ModelRow row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "Row of " + row.size() + " values for model '" + model.name() + "' of " + columns);
      }
      List<Object> key = new ArrayList<>(row.values().subList(0, keyCount));
      Object[] combined = groups.get(key);
      if (combined == null) {
        groups.put(key, row.values().subList(keyCount, columns.size()).toArray());
        continue;
      }
      for (int i = 0; i < combined.length; i++) {
        Column column = columns.get(keyCount + i);
        combined[i] = combine(column, combined[i], row.get(keyCount + i));
      }
    }
    List<ModelRow> result = new ArrayList<>(groups.size());
    for (List<Object> key : Values.sortedKeys(groups)) {
      List<Object> values = new ArrayList<>(key);
      values.addAll(Arrays.asList(groups.get(key)));
      result.add(new ModelRow(values));
    }
    return result;
  }

  /** Combines two values of one measure column. */
  static Object combine(Column column, Object left, Object right) {
    if (left == null || right == null) {
      return left == null ? right : left;
    }
    return switch (column.combine()) {
      case SUM -> add(column, left, right);
      case MIN, ANY -> Values.minNonNull(left, right);
      case MAX -> Values.maxNonNull(left, right);
      case KEY -> throw new IllegalStateException("KEY column combined as a measure");
    };
  }

  private static Object add(Column column, Object left, Object right) {
    return switch (column.type()) {
      case LONG -> Math.addExact((Long) left, (Long) right);
      case INT -> Math.addExact((Integer) left, (Integer) right);
      case DOUBLE -> (Double) left + (Double) right;
      default ->
          throw new IllegalStateException(
              "Column '" + column.name() + "' of type " + column.type() + " cannot combine by SUM");
    };
  }
}
