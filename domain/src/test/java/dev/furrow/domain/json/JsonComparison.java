package dev.furrow.domain.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * Test helper: compares JSON by value (numbers numerically, object key order ignored, array order
 * significant; a duplicate key is an error) and names the first difference by path.
 */
final class JsonComparison {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private JsonComparison() {}

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Null when equal, otherwise a description of the first difference. */
  static String difference(JsonNode expected, JsonNode actual) {
    return difference("$", expected, actual);
  }

  private static String difference(String path, JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual ? null : path + ": expected " + expected + " but was " + actual;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          ? null
          : path + ": expected " + expected + " but was " + actual;
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return path + ": expected " + expected + " but was " + actual;
    }
    if (expected.isObject()) {
      TreeSet<String> expectedKeys = new TreeSet<>();
      expected.fieldNames().forEachRemaining(expectedKeys::add);
      TreeSet<String> actualKeys = new TreeSet<>();
      actual.fieldNames().forEachRemaining(actualKeys::add);
      if (!expectedKeys.equals(actualKeys)) {
        TreeSet<String> missing = new TreeSet<>(expectedKeys);
        missing.removeAll(actualKeys);
        TreeSet<String> extra = new TreeSet<>(actualKeys);
        extra.removeAll(expectedKeys);
        return path + ": missing keys " + missing + ", unexpected keys " + extra;
      }
      for (String key : expectedKeys) {
        String difference = difference(path + "." + key, expected.get(key), actual.get(key));
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return path + ": expected " + expected.size() + " elements but was " + actual.size();
      }
      Iterator<JsonNode> actualElements = actual.elements();
      int index = 0;
      for (JsonNode element : expected) {
        String difference = difference(path + "[" + index++ + "]", element, actualElements.next());
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : path + ": expected " + expected + " but was " + actual;
  }
}
