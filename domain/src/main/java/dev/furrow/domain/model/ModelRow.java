package dev.furrow.domain.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Value: one output row of a model, values in {@link Model#columns()} order (nulls allowed).
 *
 * @param values the column values; copied, unmodifiable
 */
public record ModelRow(List<Object> values) implements Serializable {

  public ModelRow {
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** A row of the given values, in column order. */
  public static ModelRow of(Object... values) {
    return new ModelRow(Arrays.asList(values));
  }

  /** The value of column {@code index}. */
  public Object get(int index) {
    return values.get(index);
  }

  /** The number of values. */
  public int size() {
    return values.size();
  }
}
