package dev.furrow.domain.event;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Value: why a line is not a valid enriched event, as the Scala Analytics SDK 3.x {@code
 * ParsingError} reports it.
 *
 * <p>{@link #toJson()} gives the SDK's own JSON encoding: {@code {"type":"NotTSV"}}, {@code
 * {"type":"FieldNumberMismatch","fieldCount":132}} and {@code
 * {"type":"RowDecodingError","errors":[{"type":"InvalidValue","key":..,"value":..,"message":..}]}}.
 */
public sealed interface ParsingError
    permits ParsingError.NotTsv, ParsingError.FieldNumberMismatch, ParsingError.RowDecodingError {

  /** The singleton {@link NotTsv}. */
  NotTsv NOT_TSV = new NotTsv();

  /** One human-readable message per problem, each naming the field, the value and the reason. */
  List<String> messages();

  /** Writes the SDK's JSON encoding of this error. */
  void writeJson(JsonGenerator generator) throws IOException;

  /** The SDK's JSON encoding of this error, compact. */
  default String toJson() {
    return JsonSupport.toJson(this::writeJson);
  }

  /** The line holds no TAB at all (this includes the empty line). */
  record NotTsv() implements ParsingError {
    @Override
    public List<String> messages() {
      return List.of("Line is not tab-separated: it holds no TAB character");
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
      generator.writeStartObject();
      generator.writeStringField("type", "NotTSV");
      generator.writeEndObject();
    }
  }

  /**
   * The line does not hold exactly {@value Field#COUNT} tab-separated fields.
   *
   * @param fieldCount the number of fields found (TABs + 1)
   */
  record FieldNumberMismatch(int fieldCount) implements ParsingError {
    @Override
    public List<String> messages() {
      return List.of("Expected " + Field.COUNT + " fields, received " + fieldCount + " fields");
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
      generator.writeStartObject();
      generator.writeStringField("type", "FieldNumberMismatch");
      generator.writeNumberField("fieldCount", fieldCount);
      generator.writeEndObject();
    }
  }

  /**
   * One or more fields could not be decoded; all of them, in field order.
   *
   * @param errors the invalid values, never empty
   */
  record RowDecodingError(List<InvalidValue> errors) implements ParsingError {
    public RowDecodingError {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("A RowDecodingError needs at least one error");
      }
    }

    @Override
    public List<String> messages() {
      return errors.stream().map(InvalidValue::describe).toList();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
      generator.writeStartObject();
      generator.writeStringField("type", "RowDecodingError");
      generator.writeArrayFieldStart("errors");
      for (InvalidValue error : errors) {
        error.writeJson(generator);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }

  /**
   * Value: one field whose text could not be decoded.
   *
   * @param key the field's column name
   * @param value the field's text
   * @param message the reason, in the SDK's words (e.g. {@code Cannot parse key txn_id into
   *     integer})
   */
  record InvalidValue(String key, String value, String message) {
    private static final int SHOWN_VALUE_LENGTH = 200;

    public InvalidValue {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(message, "message");
    }

    /** A one-line description naming the field, its value (abbreviated) and the reason. */
    public String describe() {
      String shown =
          value.length() <= SHOWN_VALUE_LENGTH
              ? value
              : value.substring(0, SHOWN_VALUE_LENGTH) + "... (" + value.length() + " chars)";
      return "Field " + key + " has invalid value [" + shown + "]: " + message;
    }

    /** Writes the SDK's JSON encoding: {@code {"type":"InvalidValue","key","value","message"}}. */
    public void writeJson(JsonGenerator generator) throws IOException {
      generator.writeStartObject();
      generator.writeStringField("type", "InvalidValue");
      generator.writeStringField("key", key);
      generator.writeStringField("value", value);
      generator.writeStringField("message", message);
      generator.writeEndObject();
    }
  }
}
