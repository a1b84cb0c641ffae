package dev.furrow.domain.json;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.furrow.domain.event.Contexts;
import dev.furrow.domain.event.FieldType;
import dev.furrow.domain.event.InvalidValueException;
import dev.furrow.domain.event.SelfDescribingData;
import dev.furrow.domain.event.UnstructEvent;
import dev.furrow.domain.event.ValueDecoder;

/**
 * Test helper: runs one {@code value-decoder-scala-sdk.jsonl} vector against {@link ValueDecoder}.
 */
final class ValueDecoderVectors {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ValueDecoderVectors() {}

  static void check(JsonNode v) {
    String decoder = v.get("decoder").asText();
    boolean required = !decoder.startsWith("Option[");
    String typeName = required ? decoder : decoder.substring(7, decoder.length() - 1);
    FieldType type =
        switch (typeName) {
          case "String" -> FieldType.STRING;
          case "Int" -> FieldType.INT;
          case "Double" -> FieldType.DOUBLE;
          case "Boolean" -> FieldType.BOOLEAN;
          case "Instant" -> FieldType.TIMESTAMP;
          case "UUID" -> FieldType.UUID;
          case "Contexts" -> FieldType.CONTEXTS;
          case "UnstructEvent" -> FieldType.UNSTRUCT;
          default -> throw new AssertionError("unknown decoder " + decoder);
        };
    // Contexts and UnstructEvent are never "required": empty means none.
    required &= type != FieldType.CONTEXTS && type != FieldType.UNSTRUCT;
    String key = v.get("key").asText();
    String value = v.get("value").asText();
    Object decoded;
    try {
      decoded =
          v.has("max_length")
              ? ValueDecoder.decodeString(key, value, required, v.get("max_length").intValue())
              : ValueDecoder.decode(type, key, value, required);
    } catch (InvalidValueException e) {
      if (!v.has("error")) {
        throw e;
      }
      JsonNode actual = JsonComparison.parse(toJson(e));
      assertNull(JsonComparison.difference(v.get("error"), actual));
      return;
    }
    if (v.has("error")) {
      fail("expected error " + v.get("error") + " but decoded " + decoded);
    }
    assertNull(JsonComparison.difference(v.get("expected"), toNode(decoded)));
  }

  private static String toJson(InvalidValueException e) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "InvalidValue");
    node.put("key", e.invalidValue().key());
    node.put("value", e.invalidValue().value());
    node.put("message", e.invalidValue().message());
    return node.toString();
  }

  private static JsonNode toNode(Object decoded) {
    if (decoded == null) {
      return NODES.nullNode();
    }
    if (decoded instanceof Contexts contexts) {
      ArrayNode array = NODES.arrayNode();
      contexts.data().forEach(entity -> array.add(entity(entity)));
      return array;
    }
    if (decoded instanceof UnstructEvent unstruct) {
      return entity(unstruct.data());
    }
    if (decoded instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (decoded instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (decoded instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    return NODES.textNode(decoded.toString()); // String, UUID, Instant
  }

  private static JsonNode entity(SelfDescribingData entity) {
    ObjectNode node = NODES.objectNode();
    node.put("schema", entity.schema().toUri());
    node.set("data", entity.data());
    return node;
  }
}
