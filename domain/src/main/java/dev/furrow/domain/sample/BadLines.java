package dev.furrow.domain.sample;

import java.util.SplittableRandom;

/**
 * Breaks a valid enriched-event line in one of the ways real pipelines see, so that it must become
 * a bad row: wrong field count, no TAB at all, or one field that fails the typed decoding of the
 * Scala Analytics SDK 3.x (timestamp, integer, double, boolean, UUID, required field, JSON).
 */
final class BadLines {

  /** The kinds of damage, each producing exactly one kind of parsing error. */
  enum Damage {
    TOO_FEW_FIELDS,
    TOO_MANY_FIELDS,
    NOT_TSV,
    BAD_TIMESTAMP,
    BAD_INTEGER,
    BAD_DOUBLE,
    BAD_BOOLEAN,
    BAD_UUID,
    EMPTY_REQUIRED_FIELD,
    CONTEXTS_NOT_JSON,
    CONTEXTS_UNKNOWN_SCHEMA,
    UNSTRUCT_BAD_SCHEMA
  }

  private static final Damage[] DAMAGES = Damage.values();

  private BadLines() {}

  /** Damages {@code line} (a valid 131-field line) in place; returns what was done. */
  static Damage damage(ByteLine line, SplittableRandom random) {
    Damage damage = DAMAGES[random.nextInt(DAMAGES.length)];
    apply(line, damage, random);
    return damage;
  }

  /** Applies one given kind of damage to {@code line}, a valid 131-field line. */
  static void apply(ByteLine line, Damage damage, SplittableRandom random) {
    switch (damage) {
      case TOO_FEW_FIELDS -> line.truncate(line.lastTab());
      case TOO_MANY_FIELDS -> line.append("\tunexpected");
      case NOT_TSV -> {
        line.clear();
        line.append("<html><head><title>502 Bad Gateway</title></head></html>");
      }
      case BAD_TIMESTAMP -> line.replaceField(3, "2024-13-45 25:61:00.000");
      case BAD_INTEGER -> line.replaceField(16, "3a");
      case BAD_DOUBLE -> line.replaceField(22, "51.5N");
      case BAD_BOOLEAN -> line.replaceField(93, "yes");
      case BAD_UUID -> line.replaceField(6, "not-a-uuid-" + random.nextInt(1000));
      case EMPTY_REQUIRED_FIELD -> line.replaceField(11, "");
      case CONTEXTS_NOT_JSON ->
          line.replaceField(
              52,
              "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\","
                  + "\"data\":[{\"schema\":");
      case CONTEXTS_UNKNOWN_SCHEMA ->
          line.replaceField(
              52, "{\"schema\":\"iglu:com.acme/page_contexts/jsonschema/1-0-0\",\"data\":[]}");
      case UNSTRUCT_BAD_SCHEMA ->
          line.replaceField(
              58,
              "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\","
                  + "\"data\":{\"schema\":\"link_click\",\"data\":{}}}");
    }
  }
}
