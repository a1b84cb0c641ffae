package dev.furrow.domain.model;

import java.util.Objects;

/**
 * Factory: the standard measures. Each sets its column's type and default cross-run combine rule
 * (override with {@link Measure#withCombine}).
 */
public final class Measures {

  private Measures() {}

  /** Number of events that passed the model's filter; LONG, combines by SUM. */
  public static Measure<Object, Long, Long> count(String name) {
    return new Measure<>(
        new Column(name, ColumnType.LONG, Combine.SUM),
        MeasureKind.COUNT,
        e -> Boolean.TRUE,
        new StandardAggregators.Count());
  }

  /** Number of events that passed the filter and {@code condition}; LONG, combines by SUM. */
  public static Measure<Number, ?, ?> countIf(String name, EventPredicate condition) {
    Objects.requireNonNull(condition, "condition");
    return sum(name, ColumnType.LONG, e -> condition.test(e) ? 1L : null);
  }

  /**
   * Sum of the non-null inputs, 0 when there are none; {@code type} is LONG (integral inputs) or
   * DOUBLE (summed exactly, rounded once). Combines by SUM.
   */
  public static Measure<Number, ?, ?> sum(
      String name, ColumnType type, EventFunction<? extends Number> input) {
    Objects.requireNonNull(input, "input");
    EventFunction<Number> numbers = input::apply;
    Column column = new Column(name, type, Combine.SUM);
    return switch (type) {
      case LONG ->
          new Measure<>(column, MeasureKind.SUM, numbers, new StandardAggregators.LongSum());
      case DOUBLE ->
          new Measure<>(column, MeasureKind.SUM, numbers, new StandardAggregators.DoubleSum());
      default ->
          throw new IllegalArgumentException(
              "sum '" + name + "' must be LONG or DOUBLE, not " + type);
    };
  }

  /** Smallest non-null input, null when none; combines by MIN. */
  public static <T extends Comparable<? super T>> Measure<T, T, T> min(
      String name, ColumnType type, EventFunction<T> input) {
    return new Measure<>(
        new Column(name, type, Combine.MIN),
        MeasureKind.MIN,
        input,
        new StandardAggregators.Min<>());
  }

  /** Largest non-null input, null when none; combines by MAX. */
  public static <T extends Comparable<? super T>> Measure<T, T, T> max(
      String name, ColumnType type, EventFunction<T> input) {
    return new Measure<>(
        new Column(name, type, Combine.MAX),
        MeasureKind.MAX,
        input,
        new StandardAggregators.Max<>());
  }

  /** Some non-null input (the smallest, so results are reproducible); combines by ANY. */
  public static <T extends Comparable<? super T>> Measure<T, T, T> any(
      String name, ColumnType type, EventFunction<T> input) {
    return new Measure<>(
        new Column(name, type, Combine.ANY),
        MeasureKind.ANY,
        input,
        new StandardAggregators.Min<>());
  }

  /**
   * The value of the event with the smallest {@code order} (ties: the smallest value). Events whose
   * value or order is null are skipped. Combines by ANY unless overridden.
   */
  public static <V extends Comparable<? super V>, C extends Comparable<? super C>>
      Measure<Ordered<V>, Ordered<V>, V> firstBy(
          String name, ColumnType type, EventFunction<V> value, EventFunction<C> order) {
    return byOrder(name, type, value, order, MeasureKind.FIRST_BY);
  }

  /**
   * The value of the event with the largest {@code order} (ties: the largest value). Events whose
   * value or order is null are skipped. Combines by ANY unless overridden.
   */
  public static <V extends Comparable<? super V>, C extends Comparable<? super C>>
      Measure<Ordered<V>, Ordered<V>, V> lastBy(
          String name, ColumnType type, EventFunction<V> value, EventFunction<C> order) {
    return byOrder(name, type, value, order, MeasureKind.LAST_BY);
  }

  /** A measure computed by a user's aggregator (MeasureKind.CUSTOM). */
  public static <I, B, O> Measure<I, B, O> custom(
      Column column, EventFunction<I> input, Aggregator<I, B, O> aggregator) {
    return new Measure<>(column, MeasureKind.CUSTOM, input, aggregator);
  }

  private static <V, C extends Comparable<? super C>> Measure<Ordered<V>, Ordered<V>, V> byOrder(
      String name,
      ColumnType type,
      EventFunction<V> value,
      EventFunction<C> order,
      MeasureKind kind) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(order, "order");
    EventFunction<Ordered<V>> input =
        e -> {
          V v = value.apply(e);
          C o = order.apply(e);
          return v == null || o == null ? null : new Ordered<>(o, v);
        };
    return new Measure<>(
        new Column(name, type, Combine.ANY),
        kind,
        input,
        new StandardAggregators.ByOrder<>(kind == MeasureKind.FIRST_BY));
  }
}
