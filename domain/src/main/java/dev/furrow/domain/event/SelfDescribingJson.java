package dev.furrow.domain.event;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the self-describing JSON fields ({@code contexts}, {@code derived_contexts}, {@code
 * unstruct_event}) as the Scala Analytics SDK 3.x does.
 *
 * <p>The outer envelope must be {@code {"schema": <iglu uri>, "data": ...}} with the schema {@code
 * com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-*} (contexts: data is an array of
 * entities) or {@code com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-*} (unstruct:
 * data is one entity); any other valid schema fails with {@code Unknown payload: <uri>}. Every
 * entity must be an object with a valid Iglu URI as {@code schema} and a {@code data} member (any
 * JSON, including null).
 */
final class SelfDescribingJson {

  private static final String SNOWPLOW = "com.snowplowanalytics.snowplow";

  private SelfDescribingJson() {}

  /** The entities of a non-empty contexts field. */
  static Contexts decodeContexts(String key, String text) {
    SelfDescribingData envelope = envelope(key, text, parse(key, text));
    if (!isSnowplowEnvelope(envelope.schema(), "contexts")) {
      throw unknownPayload(key, text, envelope.schema());
    }
    JsonNode data = envelope.data();
    if (!data.isArray()) {
      throw invalid(key, text, "$.data", "expected an array of self-describing entities");
    }
    List<SelfDescribingData> entities = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      entities.add(entity(key, text, "$.data", i, data.get(i)));
    }
    return new Contexts(entities);
  }

  /** The event of a non-empty unstruct_event field. */
  static UnstructEvent decodeUnstruct(String key, String text) {
    SelfDescribingData envelope = envelope(key, text, parse(key, text));
    if (!isSnowplowEnvelope(envelope.schema(), "unstruct_event")) {
      throw unknownPayload(key, text, envelope.schema());
    }
    return new UnstructEvent(entity(key, text, "$.data", -1, envelope.data()));
  }

  private static JsonNode parse(String key, String text) {
    JsonNode root;
    try {
      root = JsonSupport.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String position =
          where == null
              ? ""
              : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
      throw new InvalidValueException(
          new ParsingError.InvalidValue(
              key, text, "Invalid JSON: " + e.getOriginalMessage() + position));
    } catch (NumberFormatException e) {
      // A float the tree cannot hold as a BigDecimal (an exponent beyond int range).
      throw new InvalidValueException(
          new ParsingError.InvalidValue(key, text, "Invalid JSON: " + e.getMessage()));
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidValueException(
          new ParsingError.InvalidValue(key, text, "Invalid JSON: no content"));
    }
    return root;
  }

  private static SelfDescribingData envelope(String key, String text, JsonNode root) {
    return entity(key, text, "$", -1, root);
  }

  /** The entity at {@code parentPath}, or at {@code parentPath[index]} when index >= 0. */
  private static SelfDescribingData entity(
      String key, String text, String parentPath, int index, JsonNode node) {
    if (!node.isObject()) {
      String path = path(parentPath, index);
      throw invalid(key, text, path, "expected a self-describing JSON object");
    }
    JsonNode schema = node.get("schema");
    if (schema == null) {
      throw invalid(key, text, path(parentPath, index) + ".schema", "missing required field");
    }
    if (!schema.isTextual()) {
      throw invalid(key, text, path(parentPath, index) + ".schema", "expected a string");
    }
    SchemaKey schemaKey = SchemaKey.parseOrNull(schema.textValue());
    if (schemaKey == null) {
      throw invalid(
          key,
          text,
          path(parentPath, index) + ".schema",
          "not a valid Iglu URI: " + schema.textValue());
    }
    JsonNode data = node.get("data");
    if (data == null) {
      throw invalid(key, text, path(parentPath, index) + ".data", "missing required field");
    }
    return new SelfDescribingData(schemaKey, data);
  }

  private static String path(String parentPath, int index) {
    return index < 0 ? parentPath : parentPath + "[" + index + "]";
  }

  static boolean isSnowplowEnvelope(SchemaKey schema, String name) {
    return schema.vendor().equals(SNOWPLOW)
        && schema.name().equals(name)
        && schema.format().equals("jsonschema")
        && schema.version().model() == 1
        && schema.version().revision() == 0;
  }

  private static InvalidValueException unknownPayload(String key, String text, SchemaKey schema) {
    return new InvalidValueException(
        new ParsingError.InvalidValue(key, text, "Unknown payload: " + schema.toUri()));
  }

  private static InvalidValueException invalid(
      String key, String text, String path, String problem) {
    return new InvalidValueException(
        new ParsingError.InvalidValue(
            key, text, "Invalid self-describing JSON at " + path + ": " + problem));
  }
}
