package dev.furrow.domain.event;

import java.util.Objects;

/**
 * Value: the self-describing event carried by the {@code unstruct_event} field.
 *
 * @param data the event entity (its schema names the event type)
 */
public record UnstructEvent(SelfDescribingData data) {

  public UnstructEvent {
    Objects.requireNonNull(data, "data");
  }

  /** The schema of the event entity. */
  public SchemaKey schema() {
    return data.schema();
  }
}
