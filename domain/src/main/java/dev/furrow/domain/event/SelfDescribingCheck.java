package dev.furrow.domain.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Checks, with a streaming parser and without building a JSON tree, that a non-empty {@code
 * contexts}, {@code derived_contexts} or {@code unstruct_event} field surely decodes.
 *
 * <p>The validating parser's fast path: an answer of true means {@link SelfDescribingJson} decodes
 * the text without error, because the check reads the text with the same Jackson parser and
 * features (so the same syntax is accepted, trailing content included) and makes every structural
 * check of the decoder. Anything unusual (a repeated {@code schema} or {@code data} member, a
 * number longer than {@value #MAX_NUMBER} characters, a text longer than {@value #MAX_TEXT}
 * characters) answers false, and so does every invalid text: the caller then decodes the tree,
 * which accepts the text or reports the exact error.
 */
final class SelfDescribingCheck {

  /** Far below Jackson's limit on string length, so the skipped strings cannot exceed it. */
  private static final int MAX_TEXT = 1_000_000;

  /** Far below Jackson's limit on number length; any shorter integer converts. */
  private static final int MAX_NUMBER = 100;

  private SelfDescribingCheck() {}

  /** Whether {@link SelfDescribingJson#decodeContexts} surely accepts {@code text}. */
  static boolean contextsSurelyDecode(String text) {
    return check(text, true);
  }

  /** Whether {@link SelfDescribingJson#decodeUnstruct} surely accepts {@code text}. */
  static boolean unstructSurelyDecodes(String text) {
    return check(text, false);
  }

  private static boolean check(String text, boolean contexts) {
    if (text.length() > MAX_TEXT) {
      return false;
    }
    try (JsonParser parser = JsonSupport.MAPPER.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      String schema = null;
      boolean data = false;
      for (JsonToken token = parser.nextToken();
          token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("schema")) {
          if (schema != null || value != JsonToken.VALUE_STRING) {
            return false;
          }
          schema = parser.getText();
        } else if (name.equals("data")) {
          if (data || !(contexts ? entities(parser, value) : entity(parser, value))) {
            return false;
          }
          data = true;
        } else if (!skip(parser, value)) {
          return false;
        }
      }
      if (schema == null || !data) {
        return false;
      }
      SchemaKey key = SchemaKey.parseOrNull(schema);
      return key != null
          && SelfDescribingJson.isSnowplowEnvelope(key, contexts ? "contexts" : "unstruct_event")
          && parser.nextToken() == null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** An array of entities; the parser is on {@code token}, left on its end. */
  private static boolean entities(JsonParser parser, JsonToken token) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      return false;
    }
    for (JsonToken element = parser.nextToken();
        element != JsonToken.END_ARRAY;
        element = parser.nextToken()) {
      if (!entity(parser, element)) {
        return false;
      }
    }
    return true;
  }

  /** One entity: an object with a valid Iglu URI as schema and a data member. */
  private static boolean entity(JsonParser parser, JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      return false;
    }
    boolean schema = false;
    boolean data = false;
    for (JsonToken field = parser.nextToken();
        field == JsonToken.FIELD_NAME;
        field = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("schema")) {
        if (schema
            || value != JsonToken.VALUE_STRING
            || SchemaKey.parseOrNull(parser.getText()) == null) {
          return false;
        }
        schema = true;
      } else if (name.equals("data")) {
        if (data || !skip(parser, value)) {
          return false;
        }
        data = true;
      } else if (!skip(parser, value)) {
        return false;
      }
    }
    return schema && data;
  }

  /** Any value; the parser is on its first token, left on its last. */
  private static boolean skip(JsonParser parser, JsonToken token) throws IOException {
    int depth = 0;
    while (true) {
      switch (token) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_NUMBER_INT -> {
          if (parser.getTextLength() > MAX_NUMBER) {
            return false;
          }
        }
        case VALUE_NUMBER_FLOAT -> {
          // The tree keeps floats as BigDecimal; converting checks the exponent fits.
          if (parser.getTextLength() > MAX_NUMBER) {
            return false;
          }
          parser.getDecimalValue();
        }
        default -> {}
      }
      if (depth == 0) {
        return true;
      }
      token = parser.nextToken();
      if (token == null) {
        return false;
      }
    }
  }
}
