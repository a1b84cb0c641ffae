package dev.furrow.domain.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parses enriched-event TSV lines into {@link EnrichedEvent}s or {@link BadRow}s, following the
 * Scala Analytics SDK 3.x {@code Event.parse}.
 *
 * <ol>
 *   <li>One trailing carriage return is removed (a deliberate difference: the SDK keeps it and then
 *       rejects the last field of a CRLF line).
 *   <li>No TAB at all (including the empty line): {@link ParsingError.NotTsv}.
 *   <li>Not exactly {@value Field#COUNT} fields: {@link ParsingError.FieldNumberMismatch}.
 *   <li>{@link #validating()} only: every field is decoded and all failures are reported together,
 *       in field order, as a {@link ParsingError.RowDecodingError}.
 * </ol>
 *
 * <p>Never throws on bad input. Instances are immutable and thread-safe.
 */
public final class EventParser {

  private static final Field[] FIELDS = Field.values();
  private static final EventParser VALIDATING = new EventParser(true, null, false);
  private static final EventParser STRUCTURAL = new EventParser(false, null, false);

  private final boolean validate;

  /** Per field index: truncate longer text to this many chars (0: no limit); null: none at all. */
  private final int[] truncateTo;

  private final boolean rejectOversized;

  private EventParser(boolean validate, int[] truncateTo, boolean rejectOversized) {
    this.validate = validate;
    this.truncateTo = truncateTo;
    this.rejectOversized = rejectOversized;
  }

  /** The default parser: checks the field count and validates every field. */
  public static EventParser validating() {
    return VALIDATING;
  }

  /**
   * A parser that only checks the field count, for callers that validated the lines elsewhere; the
   * event's accessors then throw {@link InvalidValueException} on invalid text.
   */
  public static EventParser structural() {
    return STRUCTURAL;
  }

  /**
   * This parser, also truncating the given STRING fields to at most that many UTF-16 chars (the
   * SDK's {@code Event.parser(truncateAtomicFields)}); the event's {@link EnrichedEvent#line()} is
   * then the truncated line.
   */
  public EventParser truncating(Map<Field, Integer> maxLengths) {
    int[] limits = new int[Field.COUNT];
    maxLengths.forEach(
        (field, max) -> {
          if (field.type() != FieldType.STRING || max < 1) {
            throw new IllegalArgumentException("Cannot truncate " + field + " to " + max);
          }
          limits[field.ordinal()] = max;
        });
    return new EventParser(validate, limits, rejectOversized);
  }

  /**
   * This parser, also rejecting STRING fields longer than {@link Field#maxLength()} (the SDK
   * 3.0.0-3.0.1 behaviour: {@code Field k longer than maximum allowed size N}).
   */
  public EventParser rejectingOversizedFields() {
    return new EventParser(validate, truncateTo, true);
  }

  /** Parses one line; never throws on bad input. */
  public ParsedLine parse(String line) {
    Objects.requireNonNull(line, "line");
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      length--;
      line = line.substring(0, length);
    }
    int[] starts = new int[Field.COUNT + 1];
    int count = 1;
    for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', tab + 1)) {
      if (count < Field.COUNT) {
        starts[count] = tab + 1;
      }
      count++;
    }
    if (count == 1) {
      return new BadRow(line, ParsingError.NOT_TSV);
    }
    if (count != Field.COUNT) {
      return new BadRow(line, new ParsingError.FieldNumberMismatch(count));
    }
    starts[Field.COUNT] = length + 1;
    ParsedLine parsed =
        validate
            ? validated(line, starts)
            : new EnrichedEvent(line, starts, null, null, null, false);
    return truncateTo == null || !(parsed instanceof EnrichedEvent event)
        ? parsed
        : Truncation.apply(event, truncateTo);
  }

  /**
   * Parses one line that must be a valid event.
   *
   * @throws IllegalArgumentException with the bad row's messages when it is not
   */
  public EnrichedEvent parseEvent(String line) {
    ParsedLine parsed = parse(line);
    if (parsed instanceof EnrichedEvent event) {
      return event;
    }
    throw new IllegalArgumentException(
        "Not a valid enriched event: " + ((BadRow) parsed).messages());
  }

  private ParsedLine validated(String line, int[] starts) {
    List<ParsingError.InvalidValue> errors = null;
    Contexts contexts = null;
    Contexts derivedContexts = null;
    UnstructEvent unstruct = null;
    for (int i = 0; i < Field.COUNT; i++) {
      Field field = FIELDS[i];
      int from = starts[i];
      int to = starts[i + 1] - 1;
      ParsingError.InvalidValue error = null;
      switch (field.type()) {
        case STRING -> error = checkString(field, line, from, to);
        case CONTEXTS -> {
          try {
            // Checked without a tree; the tree is built when a model reads the contexts.
            Contexts decoded =
                from == to ? Contexts.empty() : decodeContextsUnlessSure(field, line, from, to);
            if (field == Field.CONTEXTS) {
              contexts = decoded;
            } else {
              derivedContexts = decoded;
            }
          } catch (InvalidValueException e) {
            error = e.invalidValue();
          }
        }
        case UNSTRUCT -> {
          try {
            unstruct =
                from == to || SelfDescribingCheck.unstructSurelyDecodes(line, from, to)
                    ? null
                    : SelfDescribingJson.decodeUnstruct(
                        field.columnName(), line.substring(from, to));
          } catch (InvalidValueException e) {
            error = e.invalidValue();
          }
        }
        default -> error = ValueDecoder.checkScalar(field, line, from, to);
      }
      if (error != null) {
        if (errors == null) {
          errors = new ArrayList<>(4);
        }
        errors.add(error);
      }
    }
    if (errors != null) {
      return new BadRow(line, new ParsingError.RowDecodingError(errors));
    }
    boolean unstructEmpty =
        starts[Field.UNSTRUCT_EVENT.ordinal() + 1] - 1 == starts[Field.UNSTRUCT_EVENT.ordinal()];
    return new EnrichedEvent(line, starts, contexts, derivedContexts, unstruct, unstructEmpty);
  }

  /** Null (decode on access) when the text surely decodes; otherwise the decoded contexts. */
  private static Contexts decodeContextsUnlessSure(Field field, String line, int from, int to) {
    return SelfDescribingCheck.contextsSurelyDecode(line, from, to)
        ? null
        : SelfDescribingJson.decodeContexts(field.columnName(), line.substring(from, to));
  }

  private ParsingError.InvalidValue checkString(Field field, String line, int from, int to) {
    if (from == to) {
      return ValueDecoder.checkScalar(field, line, from, to);
    }
    int max = field.maxLength();
    if (rejectOversized && max > 0 && to - from > max) {
      return new ParsingError.InvalidValue(
          field.columnName(),
          line.substring(from, to),
          "Field " + field.columnName() + " longer than maximum allowed size " + max);
    }
    return null;
  }
}
