package dev.furrow.domain.event;

import java.util.List;
import java.util.Objects;

/**
 * Value: a line that is not a valid enriched event, with the reason.
 *
 * @param line the line as read (without a trailing carriage return)
 * @param error the structured reason, as the Scala Analytics SDK reports it
 */
public record BadRow(String line, ParsingError error) implements ParsedLine {

  public BadRow {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(error, "error");
  }

  /** Human-readable messages, one per problem, each naming field, value and reason. */
  public List<String> messages() {
    return error.messages();
  }

  /**
   * The bad row as compact JSON: {@code {"line": ..., "errors": [messages...], "error": <the SDK
   * encoding of the parsing error>}}.
   */
  public String toJson() {
    return JsonSupport.toJson(
        generator -> {
          generator.writeStartObject();
          generator.writeStringField("line", line);
          generator.writeArrayFieldStart("errors");
          for (String message : error.messages()) {
            generator.writeString(message);
          }
          generator.writeEndArray();
          generator.writeFieldName("error");
          error.writeJson(generator);
          generator.writeEndObject();
        });
  }

  @Override
  public String toString() {
    return "BadRow" + messages();
  }
}
