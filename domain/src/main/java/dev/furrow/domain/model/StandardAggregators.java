package dev.furrow.domain.model;

import java.io.Serializable;
import java.math.BigDecimal;

/** The aggregators behind the standard measures; each defines the meaning of its kind. */
final class StandardAggregators {

  private StandardAggregators() {}

  /** Counts inputs. */
  static final class Count implements Aggregator<Object, Long, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long add(Long buffer, Object input) {
      return buffer + 1;
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }
  }

  /** Adds the long values of integral inputs; 0 when there are none. */
  static final class LongSum implements Aggregator<Number, Long, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long add(Long buffer, Number input) {
      return Math.addExact(buffer, input.longValue());
    }

    @Override
    public Long merge(Long left, Long right) {
      return Math.addExact(left, right);
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }
  }

  /**
   * Adds double inputs exactly (finite values in a BigDecimal), rounding once in {@code finish}, so
   * the sum does not depend on the order of additions. NaN and infinities follow IEEE rules.
   */
  static final class DoubleSum implements Aggregator<Number, DoubleSum.Buffer, Double> {
    private static final long serialVersionUID = 1L;

    /** The exact sum of the finite inputs and the IEEE sum of the non-finite ones. */
    record Buffer(BigDecimal finite, double nonFinite) implements Serializable {}

    @Override
    public Buffer zero() {
      return new Buffer(BigDecimal.ZERO, 0.0);
    }

    @Override
    public Buffer add(Buffer buffer, Number input) {
      double d = input.doubleValue();
      return Double.isFinite(d)
          ? new Buffer(buffer.finite().add(new BigDecimal(d)), buffer.nonFinite())
          : new Buffer(buffer.finite(), buffer.nonFinite() + d);
    }

    @Override
    public Buffer merge(Buffer left, Buffer right) {
      return new Buffer(left.finite().add(right.finite()), left.nonFinite() + right.nonFinite());
    }

    @Override
    public Double finish(Buffer buffer) {
      return buffer.nonFinite() != 0.0 ? buffer.nonFinite() : buffer.finite().doubleValue();
    }
  }

  /** The smallest input (null when none); also ANY and FIRST_BY over {@link Ordered} inputs. */
  static final class Min<T> implements Aggregator<T, T, T> {
    private static final long serialVersionUID = 1L;

    @Override
    public T zero() {
      return null;
    }

    @Override
    public T add(T buffer, T input) {
      return Values.minNonNull(buffer, input);
    }

    @Override
    public T merge(T left, T right) {
      return Values.minNonNull(left, right);
    }

    @Override
    public T finish(T buffer) {
      return buffer;
    }
  }

  /** The largest input (null when none). */
  static final class Max<T> implements Aggregator<T, T, T> {
    private static final long serialVersionUID = 1L;

    @Override
    public T zero() {
      return null;
    }

    @Override
    public T add(T buffer, T input) {
      return Values.maxNonNull(buffer, input);
    }

    @Override
    public T merge(T left, T right) {
      return Values.maxNonNull(left, right);
    }

    @Override
    public T finish(T buffer) {
      return buffer;
    }
  }

  /** The value of the smallest (first) or largest (last) {@link Ordered} input. */
  static final class ByOrder<V> implements Aggregator<Ordered<V>, Ordered<V>, V> {
    private static final long serialVersionUID = 1L;
    private final boolean first;

    ByOrder(boolean first) {
      this.first = first;
    }

    @Override
    public Ordered<V> zero() {
      return null;
    }

    @Override
    public Ordered<V> add(Ordered<V> buffer, Ordered<V> input) {
      return merge(buffer, input);
    }

    @Override
    public Ordered<V> merge(Ordered<V> left, Ordered<V> right) {
      return first ? Values.minNonNull(left, right) : Values.maxNonNull(left, right);
    }

    @Override
    public V finish(Ordered<V> buffer) {
      return buffer == null ? null : buffer.value();
    }
  }
}
