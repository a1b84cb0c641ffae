package dev.furrow.domain.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Value: one measure column of a model: what it reads from each event and how it aggregates.
 *
 * @param column the output column; its combine rule is never KEY
 * @param kind the standard aggregation this is, or CUSTOM
 * @param input what the measure reads from an event; null inputs are skipped
 * @param aggregator the aggregation, which defines the meaning of every kind
 */
public record Measure<I, B, O>(
    Column column, MeasureKind kind, EventFunction<I> input, Aggregator<I, B, O> aggregator)
    implements Serializable {

  public Measure {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(aggregator, "aggregator");
    if (column.combine() == Combine.KEY) {
      throw new IllegalArgumentException(
          "Measure column '" + column.name() + "' cannot combine as KEY");
    }
  }

  /** The same measure with another cross-run combine rule. */
  public Measure<I, B, O> withCombine(Combine combine) {
    return new Measure<>(column.withCombine(combine), kind, input, aggregator);
  }

  /** The column name. */
  public String name() {
    return column.name();
  }
}
