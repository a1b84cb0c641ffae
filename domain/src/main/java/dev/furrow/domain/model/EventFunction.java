package dev.furrow.domain.model;

import dev.furrow.domain.event.EnrichedEvent;
import java.io.Serializable;

/**
 * Value: a serialisable function of an event (a key extractor or a measure input). It returns null
 * when the event has no value; the executor then skips it.
 */
@FunctionalInterface
public interface EventFunction<T> extends Serializable {
  T apply(EnrichedEvent e);
}
