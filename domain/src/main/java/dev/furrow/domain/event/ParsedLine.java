package dev.furrow.domain.event;

/**
 * Value: the outcome of parsing one enriched-event line, either an {@link EnrichedEvent} or a
 * {@link BadRow}.
 */
public sealed interface ParsedLine permits EnrichedEvent, BadRow {

  /** The line that was parsed (without a trailing carriage return). */
  String line();

  /** Whether the line is a valid event. */
  default boolean isValid() {
    return this instanceof EnrichedEvent;
  }
}
