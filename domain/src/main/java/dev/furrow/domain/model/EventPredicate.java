package dev.furrow.domain.model;

import dev.furrow.domain.event.EnrichedEvent;
import java.io.Serializable;

/** Value: a serialisable condition on an event, the filter of a model. */
@FunctionalInterface
public interface EventPredicate extends Serializable {
  boolean test(EnrichedEvent e);

  /** This condition and {@code other}. */
  default EventPredicate and(EventPredicate other) {
    return Filters.and(this, other);
  }

  /** This condition or {@code other}. */
  default EventPredicate or(EventPredicate other) {
    return Filters.or(this, other);
  }

  /** The opposite of this condition. */
  default EventPredicate negate() {
    return Filters.not(this);
  }
}
