package dev.furrow.domain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/** Writes Jackson trees to a generator without a serializer provider, numbers as parsed. */
final class JsonTrees {

  private JsonTrees() {}

  static void write(JsonNode node, JsonGenerator out) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.writeStartObject();
        writeMembers(node, null, out);
        out.writeEndObject();
      }
      case ARRAY -> {
        out.writeStartArray();
        for (JsonNode element : node) {
          write(element, out);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(node.textValue());
      case NUMBER -> writeNumber(node, out);
      case BOOLEAN -> out.writeBoolean(node.booleanValue());
      case NULL, MISSING -> out.writeNull();
      case BINARY, POJO -> out.writeString(node.asText());
    }
  }

  /** Writes the members of an object node, leaving out {@code skipped} (may be null). */
  static void writeMembers(JsonNode node, String skipped, JsonGenerator out) throws IOException {
    Iterator<Map.Entry<String, JsonNode>> members = node.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      if (skipped != null && skipped.equals(member.getKey())) {
        continue;
      }
      out.writeFieldName(member.getKey());
      write(member.getValue(), out);
    }
  }

  private static void writeNumber(JsonNode node, JsonGenerator out) throws IOException {
    switch (node.numberType()) {
      case INT -> out.writeNumber(node.intValue());
      case LONG -> out.writeNumber(node.longValue());
      case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
      case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
      case FLOAT, DOUBLE -> out.writeNumber(node.doubleValue());
    }
  }
}
