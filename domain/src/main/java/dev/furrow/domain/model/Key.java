package dev.furrow.domain.model;

import dev.furrow.domain.event.EnrichedEvent;
import java.io.Serializable;
import java.util.Objects;

/**
 * Value: a key column of a model and how to read it from an event. A null key value is a valid
 * group of its own (like SQL's GROUP BY).
 */
public record Key<T>(Column column, EventFunction<T> extractor) implements Serializable {

  public Key {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(extractor, "extractor");
    if (column.combine() != Combine.KEY) {
      throw new IllegalArgumentException(
          "Key column '" + column.name() + "' must combine as KEY, not " + column.combine());
    }
  }

  /** The key value of {@code e} (may be null). */
  public T valueOf(EnrichedEvent e) {
    return extractor.apply(e);
  }
}
