package dev.furrow.domain.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Value: one self-describing JSON entity, {@code {"schema": <iglu uri>, "data": <any json>}}.
 *
 * <p>The data tree is shared, not copied: treat it as read-only.
 *
 * @param schema the entity's schema
 * @param data the entity's data; JSON {@code null} is a {@code NullNode}, never Java null
 */
public record SelfDescribingData(SchemaKey schema, JsonNode data) {

  public SelfDescribingData {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(data, "data");
  }
}
