package dev.furrow.sinks.parquet;

import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;

import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.Model;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Mapping: the Parquet schema of a model's rows, one OPTIONAL column per declared column, in
 * declaration order. The run id is not a column: it is the {@code run_id=} partition directory.
 */
final class ParquetSchemas {

  private ParquetSchemas() {}

  static MessageType of(Model model) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (Column column : model.columns()) {
      String name = column.name();
      switch (column.type()) {
        case STRING -> message.optional(PrimitiveTypeName.BINARY).as(stringType()).named(name);
        case INT -> message.optional(PrimitiveTypeName.INT32).named(name);
        case LONG -> message.optional(PrimitiveTypeName.INT64).named(name);
        case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(name);
        case BOOLEAN -> message.optional(PrimitiveTypeName.BOOLEAN).named(name);
        case DATE -> message.optional(PrimitiveTypeName.INT32).as(dateType()).named(name);
        case TIMESTAMP ->
            message
                .optional(PrimitiveTypeName.INT64)
                .as(timestampType(true, TimeUnit.MICROS))
                .named(name);
      }
    }
    return message.named(model.name());
  }
}
