package dev.furrow.domain.event;

/** How the text of an enriched-event field is decoded. */
public enum FieldType {
  /** Text, copied verbatim. */
  STRING,
  /** A 32-bit signed integer in Java {@code Integer.parseInt} syntax. */
  INT,
  /** A double in Java {@code Double.parseDouble} syntax. */
  DOUBLE,
  /** {@code 1} or {@code 0}. */
  BOOLEAN,
  /** A UTC timestamp written {@code yyyy-MM-dd HH:mm:ss[.fraction]}. */
  TIMESTAMP,
  /** A UUID (only event_id). */
  UUID,
  /** Self-describing contexts: an envelope holding a list of self-describing entities. */
  CONTEXTS,
  /** Self-describing unstructured event: an envelope holding one self-describing entity. */
  UNSTRUCT
}
