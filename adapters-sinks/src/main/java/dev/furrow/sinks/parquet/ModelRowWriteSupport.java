package dev.furrow.sinks.parquet;

import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Adapter: writes {@link ModelRow}s straight to Parquet's record consumer, without an intermediate
 * record object. DATE is days since 1970-01-01; TIMESTAMP is microseconds since the epoch (UTC),
 * nanoseconds below the microsecond are dropped (rounded towards the past).
 */
final class ModelRowWriteSupport extends WriteSupport<ModelRow> {

  private final Model model;
  private final Map<String, String> metadata;
  private final String[] names;
  private final ColumnType[] types;
  private RecordConsumer consumer;
  private long rowNumber;

  ModelRowWriteSupport(Model model, Map<String, String> metadata) {
    this.model = model;
    this.metadata = Map.copyOf(metadata);
    List<Column> columns = model.columns();
    this.names = columns.stream().map(Column::name).toArray(String[]::new);
    this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
  }

  // The Hadoop-Configuration variants are deprecated from parquet 1.14 on; their replacements do
  // not exist in 1.13, which the Spark 3.5 line ships.
  @Override
  @SuppressWarnings("deprecation")
  public WriteContext init(Configuration configuration) {
    return new WriteContext(ParquetSchemas.of(model), metadata);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(ModelRow row) {
    check(row);
    consumer.startMessage();
    for (int i = 0; i < types.length; i++) {
      Object value = row.get(i);
      if (value != null) {
        consumer.startField(names[i], i);
        writeValue(types[i], value);
        consumer.endField(names[i], i);
      }
    }
    consumer.endMessage();
    rowNumber++;
  }

  private void writeValue(ColumnType type, Object value) {
    switch (type) {
      case STRING -> consumer.addBinary(Binary.fromString((String) value));
      case INT -> consumer.addInteger((Integer) value);
      case LONG -> consumer.addLong((Long) value);
      case DOUBLE -> consumer.addDouble((Double) value);
      case BOOLEAN -> consumer.addBoolean((Boolean) value);
      case DATE -> consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
      case TIMESTAMP -> consumer.addLong(epochMicros((Instant) value));
    }
  }

  /** Checks the whole row before writing any of it, so a bad row leaves no half record. */
  private void check(ModelRow row) {
    if (row.size() != types.length) {
      throw new IllegalArgumentException(
          "Row "
              + rowNumber
              + " of model "
              + model.name()
              + " has "
              + row.size()
              + " values for "
              + types.length
              + " columns");
    }
    for (int i = 0; i < types.length; i++) {
      Object value = row.get(i);
      if (!types[i].accepts(value)) {
        throw new IllegalArgumentException(
            "Row "
                + rowNumber
                + " of model "
                + model.name()
                + ": column "
                + names[i]
                + " is "
                + types[i]
                + " but holds a "
                + value.getClass().getName());
      }
      if (types[i] == ColumnType.TIMESTAMP) {
        epochMicros((Instant) value);
      } else if (types[i] == ColumnType.DATE && value != null) {
        long days = ((LocalDate) value).toEpochDay();
        if (days != (int) days) {
          throw new IllegalArgumentException(
              "Row "
                  + rowNumber
                  + " of model "
                  + model.name()
                  + ": column "
                  + names[i]
                  + " holds a date out of Parquet's range: "
                  + value);
        }
      }
    }
  }

  private static long epochMicros(Instant instant) {
    if (instant == null) {
      return 0;
    }
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Timestamp out of Parquet's range: " + instant, e);
    }
  }
}
