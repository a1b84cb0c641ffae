package dev.furrow.domain.json;

import java.util.Objects;

/**
 * Value: how {@link EventJson} renders an event.
 *
 * @param lossy flatten the self-describing fields into {@code contexts_*} / {@code
 *     unstruct_event_*} columns and add {@code geo_location} (the SDK's {@code toJson(true)});
 *     otherwise keep the 131 fields with the envelopes rewritten (the SDK's {@code toJson(false)})
 * @param omitEmpty drop the keys of empty fields: null values and, lossless, empty contexts {@code
 *     {}} (the Python SDK's style)
 * @param schemaVersion what lossy context objects carry as {@code _schema_version}
 */
public record JsonOptions(boolean lossy, boolean omitEmpty, SchemaVersionMember schemaVersion) {

  /** Scala Analytics SDK 3.2.1 {@code toJson(lossy = true)}. */
  public static final JsonOptions LOSSY =
      new JsonOptions(true, false, SchemaVersionMember.SCHEMA_VER);

  /** Scala Analytics SDK 3.x {@code toJson(lossy = false)}. */
  public static final JsonOptions LOSSLESS =
      new JsonOptions(false, false, SchemaVersionMember.SCHEMA_VER);

  public JsonOptions {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
  }

  /** These options, dropping null-valued keys. */
  public JsonOptions omittingEmpty() {
    return new JsonOptions(lossy, true, schemaVersion);
  }

  /** These options with another {@code _schema_version} style. */
  public JsonOptions withSchemaVersion(SchemaVersionMember member) {
    return new JsonOptions(lossy, omitEmpty, member);
  }

  /** The {@code _schema_version} member merged into each flattened context object. */
  public enum SchemaVersionMember {
    /** No member (SDK 1.0.0-3.1.x). */
    NONE,
    /** The entity's full Iglu URI (SDK 3.2.0). */
    IGLU_URI,
    /** The entity's SchemaVer, e.g. {@code 1-0-1} (SDK 3.2.1). */
    SCHEMA_VER
  }
}
