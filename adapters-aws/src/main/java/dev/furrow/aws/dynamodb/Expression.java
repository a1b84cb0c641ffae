package dev.furrow.aws.dynamodb;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builder of the placeholders of one DynamoDB expression: every attribute name goes through {@code
 * #name} (State, Owner and others are reserved words) and every value through {@code :value}, and
 * only what an expression uses is sent (DynamoDB rejects unused placeholders).
 */
final class Expression {

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, AttributeValue> values = new HashMap<>();

  /** The placeholder of attribute {@code attribute}. */
  String name(String attribute) {
    names.put("#" + attribute, attribute);
    return "#" + attribute;
  }

  /** The placeholder {@code :placeholder}, bound to {@code value}. */
  String value(String placeholder, AttributeValue value) {
    values.put(":" + placeholder, value);
    return ":" + placeholder;
  }

  Map<String, String> names() {
    return Map.copyOf(names);
  }

  Map<String, AttributeValue> values() {
    return Map.copyOf(values);
  }
}
