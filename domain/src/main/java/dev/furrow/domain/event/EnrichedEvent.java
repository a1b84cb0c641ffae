package dev.furrow.domain.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Entity: one valid enriched event, a lazily decoded view over its TSV line.
 *
 * <p>The TAB offsets are found once, when the line is parsed; a field is decoded only when it is
 * read, so a model that reads five fields pays for five fields. Scalar values are decoded again on
 * each access (they are cheap; {@link #rawEquals} compares text without even allocating) and the
 * JSON fields are decoded once, on first access, and kept: a validating {@link EventParser} checks
 * them with a streaming parser and builds no tree, so a model that does not read them does not pay
 * for their trees.
 *
 * <p>Accessors return null for an empty field ({@link #contexts(Field)}: empty contexts). Events
 * from a {@link EventParser#structural() structural} parser were not validated: an accessor then
 * throws {@link InvalidValueException} when the text is not a valid value. Instances are immutable
 * apart from that cache and may be shared between threads.
 */
public final class EnrichedEvent implements AtomicFields, ParsedLine {

  private final String line;

  /** Field i spans {@code [starts[i], starts[i + 1] - 1)}; {@code starts[COUNT] = length + 1}. */
  private final int[] starts;

  /** Marks a decoded, empty unstruct_event. */
  private static final Object NO_UNSTRUCT = new Object();

  // Decoded JSON fields; null until decoded. The values are immutable records, so a racy read at
  // worst decodes a field twice.
  private Contexts contexts;
  private Contexts derivedContexts;
  private Object unstruct;

  /**
   * @param contexts decoded contexts, or null to decode on access; likewise derivedContexts
   * @param unstruct the decoded unstruct event, {@code null} to decode on access, or ({@code
   *     unstructEmpty}) known to be empty
   */
  EnrichedEvent(
      String line,
      int[] starts,
      Contexts contexts,
      Contexts derivedContexts,
      UnstructEvent unstruct,
      boolean unstructEmpty) {
    this.line = line;
    this.starts = starts;
    this.contexts = contexts;
    this.derivedContexts = derivedContexts;
    this.unstruct = unstructEmpty ? NO_UNSTRUCT : unstruct;
  }

  /** The TSV line of this event (without a trailing carriage return). */
  @Override
  public String line() {
    return line;
  }

  /** Offset in {@link #line()} where the field's text starts. */
  public int start(Field field) {
    return starts[field.ordinal()];
  }

  /** Offset in {@link #line()} just after the field's text. */
  public int end(Field field) {
    return starts[field.ordinal() + 1] - 1;
  }

  /** The field's text, {@code ""} when empty. */
  public String raw(Field field) {
    return line.substring(start(field), end(field));
  }

  /** Whether the field's text is empty. */
  public boolean isEmpty(Field field) {
    int index = field.ordinal();
    return starts[index + 1] - 1 == starts[index];
  }

  /** Whether the field's text equals {@code text}, without copying it. */
  public boolean rawEquals(Field field, String text) {
    int start = start(field);
    int length = end(field) - start;
    return length == text.length() && line.regionMatches(start, text, 0, length);
  }

  /** The decoded value of any field (see {@link ValueDecoder} for the Java types). */
  public Object value(Field field) {
    return switch (field.type()) {
      case STRING -> string(field);
      case INT -> integer(field);
      case DOUBLE -> decimal(field);
      case BOOLEAN -> bool(field);
      case TIMESTAMP -> timestamp(field);
      case UUID -> uuid(field);
      case CONTEXTS -> contexts(field);
      case UNSTRUCT -> unstruct(field);
    };
  }

  /** The text of any field, or null when empty. */
  @Override
  public String string(Field field) {
    return isEmpty(field) ? null : raw(field);
  }

  @Override
  public Integer integer(Field field) {
    requireType(field, FieldType.INT);
    if (isEmpty(field)) {
      return null;
    }
    try {
      return Scalars.parseInt(line, start(field), end(field));
    } catch (NumberFormatException e) {
      throw ValueDecoder.cannotParse(field.type(), field.columnName(), raw(field));
    }
  }

  @Override
  public Double decimal(Field field) {
    requireType(field, FieldType.DOUBLE);
    if (isEmpty(field)) {
      return null;
    }
    try {
      return Scalars.parseDouble(line, start(field), end(field));
    } catch (NumberFormatException e) {
      throw ValueDecoder.cannotParse(field.type(), field.columnName(), raw(field));
    }
  }

  @Override
  public Boolean bool(Field field) {
    requireType(field, FieldType.BOOLEAN);
    if (isEmpty(field)) {
      return null;
    }
    if (!Scalars.isBoolean(line, start(field), end(field))) {
      throw ValueDecoder.cannotParse(field.type(), field.columnName(), raw(field));
    }
    return line.charAt(start(field)) == '1';
  }

  @Override
  public Instant timestamp(Field field) {
    requireType(field, FieldType.TIMESTAMP);
    if (isEmpty(field)) {
      return null;
    }
    Instant instant = Timestamps.parse(line, start(field), end(field));
    if (instant == null) {
      throw ValueDecoder.cannotParse(field.type(), field.columnName(), raw(field));
    }
    return instant;
  }

  @Override
  public UUID uuid(Field field) {
    requireType(field, FieldType.UUID);
    if (isEmpty(field)) {
      return null;
    }
    UUID uuid = Scalars.parseUuid(line, start(field), end(field));
    if (uuid == null) {
      throw ValueDecoder.cannotParse(field.type(), field.columnName(), raw(field));
    }
    return uuid;
  }

  @Override
  public Contexts contexts(Field field) {
    requireType(field, FieldType.CONTEXTS);
    boolean derived = field == Field.DERIVED_CONTEXTS;
    Contexts cached = derived ? derivedContexts : contexts;
    if (cached != null) {
      return cached;
    }
    Contexts decoded =
        isEmpty(field)
            ? Contexts.empty()
            : SelfDescribingJson.decodeContexts(field.columnName(), raw(field));
    if (derived) {
      derivedContexts = decoded;
    } else {
      contexts = decoded;
    }
    return decoded;
  }

  @Override
  public UnstructEvent unstruct(Field field) {
    requireType(field, FieldType.UNSTRUCT);
    Object decoded = unstruct;
    if (decoded == null) {
      decoded =
          isEmpty(field)
              ? NO_UNSTRUCT
              : SelfDescribingJson.decodeUnstruct(field.columnName(), raw(field));
      unstruct = decoded;
    }
    return decoded == NO_UNSTRUCT ? null : (UnstructEvent) decoded;
  }

  private static void requireType(Field field, FieldType type) {
    if (field.type() != type) {
      throw new IllegalArgumentException(
          field.columnName() + " is a " + field.type() + " field, not " + type);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnrichedEvent event && event.line.equals(line);
  }

  @Override
  public int hashCode() {
    return line.hashCode();
  }

  @Override
  public String toString() {
    return "EnrichedEvent[event_id=" + raw(Field.EVENT_ID) + ", event=" + raw(Field.EVENT) + "]";
  }
}
