package dev.furrow.domain.model;

/**
 * Value: what a standard measure computes, so an engine can map it to a native aggregate function;
 * {@link #CUSTOM} measures run their {@link Aggregator}. The in-memory executor always runs the
 * aggregator, which defines the meaning of every kind.
 */
public enum MeasureKind {
  /** Number of events that passed the filter (input is a constant); LONG, 0 when none. */
  COUNT,
  /** Sum of the non-null inputs; 0 when there are none. */
  SUM,
  /** Smallest non-null input; null when there is none. */
  MIN,
  /** Largest non-null input; null when there is none. */
  MAX,
  /** The value of the input {@link Ordered} with the smallest (order, value). */
  FIRST_BY,
  /** The value of the input {@link Ordered} with the largest (order, value). */
  LAST_BY,
  /** Some non-null input: the smallest one, so results are reproducible. */
  ANY,
  /** Computed by the measure's own aggregator. */
  CUSTOM
}
