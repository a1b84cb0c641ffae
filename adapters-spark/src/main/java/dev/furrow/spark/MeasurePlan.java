package dev.furrow.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udaf;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Measure;
import dev.furrow.domain.model.MeasureKind;
import dev.furrow.domain.model.Ordered;
import java.io.Serializable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Plan: how one measure runs on Spark. The executor side turns an event into the measure's input
 * column; the driver side aggregates that column and turns the result back into a Java value.
 *
 * <p>Standard measures map to Spark's built-in aggregate functions (hash or sort based, with
 * map-side partial aggregation and spilling): COUNT to {@code count}, SUM of LONG to {@code
 * coalesce(sum, 0)}, MIN / ANY to {@code min}, MAX to {@code max}, FIRST_BY / LAST_BY to {@code
 * min} / {@code max} of {@code struct(order, value)}. The exact DOUBLE sum and CUSTOM measures run
 * the measure's own {@link dev.furrow.domain.model.Aggregator} through {@link AggregatorUdaf}.
 */
final class MeasurePlan implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How the measure is computed. */
  enum Strategy {
    COUNT,
    LONG_SUM,
    MIN,
    MAX,
    FIRST_BY,
    LAST_BY,
    DOUBLE_UDAF,
    JAVA_UDAF
  }

  private final String modelName;
  private final Measure<?, ?, ?> measure;
  private final ColumnType type;
  private final Strategy strategy;

  MeasurePlan(String modelName, Measure<?, ?, ?> measure) {
    this.modelName = modelName;
    this.measure = measure;
    this.type = measure.column().type();
    this.strategy = strategyOf(measure.kind(), type);
  }

  private static Strategy strategyOf(MeasureKind kind, ColumnType type) {
    return switch (kind) {
      case COUNT -> type == ColumnType.LONG ? Strategy.COUNT : Strategy.JAVA_UDAF;
      case SUM ->
          switch (type) {
            case LONG -> Strategy.LONG_SUM;
            case DOUBLE -> Strategy.DOUBLE_UDAF;
            default -> Strategy.JAVA_UDAF;
          };
      case MIN, ANY -> Strategy.MIN;
      case MAX -> Strategy.MAX;
      case FIRST_BY -> Strategy.FIRST_BY;
      case LAST_BY -> Strategy.LAST_BY;
      case CUSTOM -> Strategy.JAVA_UDAF;
    };
  }

  Strategy strategy() {
    return strategy;
  }

  String columnName() {
    return measure.column().name();
  }

  /** Whether the measure runs its own aggregator, so its buffers travel between executors. */
  boolean runsAggregator() {
    return strategy == Strategy.DOUBLE_UDAF || strategy == Strategy.JAVA_UDAF;
  }

  Measure<?, ?, ?> measure() {
    return measure;
  }

  /** The Spark type of the input column. */
  DataType inputType() {
    return switch (strategy) {
      case COUNT -> DataTypes.BooleanType;
      case LONG_SUM -> DataTypes.LongType;
      case MIN, MAX -> WireCodec.dataType(type);
      case FIRST_BY, LAST_BY ->
          new StructType()
              .add("order", DataTypes.BinaryType, false)
              .add("value", WireCodec.dataType(type), false);
      case DOUBLE_UDAF -> DataTypes.DoubleType;
      case JAVA_UDAF -> DataTypes.BinaryType;
    };
  }

  /** Executor side: the input column's value for {@code e}; null when the input is null. */
  Object project(EnrichedEvent e) {
    Object input = measure.input().apply(e);
    if (input == null) {
      return null;
    }
    return switch (strategy) {
      case COUNT -> Boolean.TRUE;
      case LONG_SUM -> ((Number) input).longValue();
      case MIN, MAX -> WireCodec.encode(type, checked(input));
      case FIRST_BY, LAST_BY -> {
        Ordered<?> ordered = (Ordered<?>) input;
        yield RowFactory.create(
            OrderCodec.encode(ordered.order()), WireCodec.encode(type, checked(ordered.value())));
      }
      case DOUBLE_UDAF -> ((Number) input).doubleValue();
      case JAVA_UDAF -> JavaSerialization.serialize(input, () -> "an input of " + describe());
    };
  }

  /** Driver side: the aggregate of the input column {@code input}. */
  Column aggregate(Column input) {
    return switch (strategy) {
      case COUNT -> count(input);
      case LONG_SUM -> coalesce(sum(input), lit(0L));
      case MIN -> min(input);
      case MAX -> max(input);
      case FIRST_BY -> min(input).getField("value");
      case LAST_BY -> max(input).getField("value");
      case DOUBLE_UDAF ->
          udaf(
                  new AggregatorUdaf<Double>(measure.aggregator(), false, describe()),
                  Encoders.DOUBLE())
              .apply(input);
      case JAVA_UDAF ->
          udaf(
                  new AggregatorUdaf<byte[]>(measure.aggregator(), true, describe()),
                  Encoders.BINARY())
              .apply(input);
    };
  }

  /** Driver side: the Java value of an aggregated value. */
  Object decode(Object value) {
    Object decoded =
        switch (strategy) {
          case COUNT, LONG_SUM -> value;
          case MIN, MAX, FIRST_BY, LAST_BY -> WireCodec.decode(type, value);
          case DOUBLE_UDAF, JAVA_UDAF ->
              value == null
                  ? null
                  : JavaSerialization.deserialize(
                      (byte[]) value, () -> "the result of " + describe());
        };
    return checked(decoded);
  }

  private Object checked(Object value) {
    return TypeCheck.checked(modelName, measure.column(), value);
  }

  private String describe() {
    return "measure '" + columnName() + "' of model '" + modelName + "'";
  }
}
