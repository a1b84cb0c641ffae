package dev.furrow.spark;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Adapter: a domain {@link dev.furrow.domain.model.Aggregator} as a Spark typed aggregator, for
 * {@code functions.udaf}. Spark runs it in an object hash aggregate that falls back to sort-based
 * aggregation and spills, so memory stays bounded. Null inputs are skipped, as in memory; buffers
 * travel Java-serialised; the result is the Java-serialised output value.
 *
 * @param <IN> the Spark input: a Double (exact DOUBLE sums) or the Java-serialised input
 */
final class AggregatorUdaf<IN> extends Aggregator<IN, AggregatorUdaf.Buffer, byte[]> {

  private static final long serialVersionUID = 1L;

  /** Value: the holder of one domain buffer (null or immutable ones too); public for Spark. */
  public static final class Buffer implements Serializable {
    private static final long serialVersionUID = 1L;
    Object value;

    Buffer(Object value) {
      this.value = value;
    }
  }

  private final dev.furrow.domain.model.Aggregator<Object, Object, Object> aggregator;
  private final boolean serializedInput;
  private final String description;

  @SuppressWarnings("unchecked")
  AggregatorUdaf(
      dev.furrow.domain.model.Aggregator<?, ?, ?> aggregator,
      boolean serializedInput,
      String description) {
    this.aggregator = (dev.furrow.domain.model.Aggregator<Object, Object, Object>) aggregator;
    this.serializedInput = serializedInput;
    this.description = description;
  }

  @Override
  public Buffer zero() {
    return new Buffer(aggregator.zero());
  }

  @Override
  public Buffer reduce(Buffer buffer, IN input) {
    if (input == null) {
      return buffer;
    }
    Object value =
        serializedInput
            ? JavaSerialization.deserialize((byte[]) input, () -> "an input of " + description)
            : input;
    buffer.value = aggregator.add(buffer.value, value);
    return buffer;
  }

  @Override
  public Buffer merge(Buffer left, Buffer right) {
    left.value = aggregator.merge(left.value, right.value);
    return left;
  }

  @Override
  public byte[] finish(Buffer buffer) {
    return JavaSerialization.serialize(
        aggregator.finish(buffer.value), () -> "the result of " + description);
  }

  @Override
  public Encoder<Buffer> bufferEncoder() {
    return Encoders.javaSerialization(Buffer.class);
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }
}
