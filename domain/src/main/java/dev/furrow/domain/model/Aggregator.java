package dev.furrow.domain.model;

import java.io.Serializable;

/**
 * Value: an aggregation written once as zero / add / merge / finish (like Spark's typed Aggregator
 * and algebird's Aggregator), runnable in memory or on Spark.
 *
 * <p>Laws (checked by {@code AggregatorLaws} in the domain test-jar): {@code merge} is associative
 * and commutative, {@code zero} is its identity, and adding inputs one by one equals merging the
 * buffers of single inputs, so the result never depends on how events are partitioned or ordered.
 *
 * <p>{@code add} and {@code merge} may return a new buffer or an updated argument; callers use the
 * returned buffer and do not reuse the arguments. Buffers must be serialisable; the empty buffer
 * may be null.
 *
 * @param <I> input type (never null: null inputs are skipped by the executor)
 * @param <B> buffer type
 * @param <O> output type, the Java type of the measure's column
 */
public interface Aggregator<I, B, O> extends Serializable {

  /** The buffer of no input. */
  B zero();

  /** The buffer after one more input; {@code input} is never null. */
  B add(B buffer, I input);

  /** The buffer of the inputs of both buffers; associative and commutative. */
  B merge(B left, B right);

  /** The column value of a buffer. */
  O finish(B buffer);
}
