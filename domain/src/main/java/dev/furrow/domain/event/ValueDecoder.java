package dev.furrow.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Decodes the text of one field into its typed value, with the Scala Analytics SDK 3.x rules and
 * error messages ({@code Field k cannot be empty}, {@code Cannot parse key k into integer}, ...).
 *
 * <p>Values: STRING → String, INT → Integer, DOUBLE → Double, BOOLEAN → Boolean, TIMESTAMP →
 * Instant, UUID → UUID, CONTEXTS → {@link Contexts}, UNSTRUCT → {@link UnstructEvent}. An empty
 * optional field decodes to null (CONTEXTS: {@link Contexts#empty()}).
 */
public final class ValueDecoder {

  private ValueDecoder() {}

  /** Decodes a field of the catalogue. */
  public static Object decode(Field field, String text) {
    return decode(field.type(), field.columnName(), text, field.required());
  }

  /**
   * Decodes {@code text} as a value of {@code type}.
   *
   * @param key the name reported in errors
   * @param required whether an empty text is an error
   * @throws InvalidValueException when the text is not a valid value
   */
  public static Object decode(FieldType type, String key, String text, boolean required) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      if (required) {
        throw new InvalidValueException(new ParsingError.InvalidValue(key, text, empty(key)));
      }
      return type == FieldType.CONTEXTS ? Contexts.empty() : null;
    }
    int to = text.length();
    return switch (type) {
      case STRING -> text;
      case INT -> {
        if (!Scalars.isInt(text, 0, to)) {
          throw cannotParse(type, key, text);
        }
        yield Scalars.parseInt(text, 0, to);
      }
      case DOUBLE -> {
        if (!Scalars.isDouble(text, 0, to)) {
          throw cannotParse(type, key, text);
        }
        yield Scalars.parseDouble(text, 0, to);
      }
      case BOOLEAN -> {
        if (!Scalars.isBoolean(text, 0, to)) {
          throw cannotParse(type, key, text);
        }
        yield text.charAt(0) == '1';
      }
      case TIMESTAMP -> {
        Instant instant = Timestamps.parse(text, 0, to);
        if (instant == null) {
          throw cannotParse(type, key, text);
        }
        yield instant;
      }
      case UUID -> {
        UUID uuid = Scalars.parseUuid(text, 0, to);
        if (uuid == null) {
          throw cannotParse(type, key, text);
        }
        yield uuid;
      }
      case CONTEXTS -> SelfDescribingJson.decodeContexts(key, text);
      case UNSTRUCT -> SelfDescribingJson.decodeUnstruct(key, text);
    };
  }

  /**
   * Decodes a string field, truncated to at most {@code maxLength} UTF-16 code units as the SDK's
   * optional truncation does ({@code maxLength <= 0}: no limit).
   */
  public static String decodeString(String key, String text, boolean required, int maxLength) {
    String value = (String) decode(FieldType.STRING, key, text, required);
    return value != null && maxLength > 0 && value.length() > maxLength
        ? value.substring(0, maxLength)
        : value;
  }

  /**
   * Checks {@code line[from, to)} as a value of a scalar type (not CONTEXTS or UNSTRUCT); null when
   * valid, otherwise the error.
   */
  static ParsingError.InvalidValue checkScalar(Field field, String line, int from, int to) {
    if (from == to) {
      return field.required()
          ? new ParsingError.InvalidValue(field.columnName(), "", empty(field.columnName()))
          : null;
    }
    boolean valid =
        switch (field.type()) {
          case STRING -> true;
          case INT -> Scalars.isInt(line, from, to);
          case DOUBLE -> Scalars.isDouble(line, from, to);
          case BOOLEAN -> Scalars.isBoolean(line, from, to);
          case TIMESTAMP -> Timestamps.isValid(line, from, to);
          case UUID -> Scalars.isUuid(line, from, to);
          case CONTEXTS, UNSTRUCT -> throw new IllegalArgumentException(field + " is not scalar");
        };
    return valid
        ? null
        : cannotParseValue(field.type(), field.columnName(), line.substring(from, to));
  }

  static String empty(String key) {
    return "Field " + key + " cannot be empty";
  }

  static InvalidValueException cannotParse(FieldType type, String key, String text) {
    return new InvalidValueException(cannotParseValue(type, key, text));
  }

  private static ParsingError.InvalidValue cannotParseValue(
      FieldType type, String key, String text) {
    String target =
        switch (type) {
          case INT -> "integer";
          case DOUBLE -> "double";
          case BOOLEAN -> "boolean";
          case TIMESTAMP -> "datetime";
          case UUID -> "UUID";
          default -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
    return new ParsingError.InvalidValue(key, text, "Cannot parse key " + key + " into " + target);
  }
}
