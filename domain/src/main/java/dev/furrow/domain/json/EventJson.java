package dev.furrow.domain.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.furrow.domain.event.Contexts;
import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.Field;
import dev.furrow.domain.event.SelfDescribingData;
import dev.furrow.domain.event.UnstructEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Renders an {@link EnrichedEvent} as the flat JSON object of the Scala Analytics SDK 3.2.1 {@code
 * Event.toJson}.
 *
 * <p>Lossy ({@link JsonOptions#LOSSY}): the 128 non-JSON fields (null when empty), timestamps as
 * {@link Instant#toString()}, event_id lower case, NaN and infinite doubles as null; {@code
 * geo_location} = {@code Double.toString(lat) + "," + Double.toString(lon)} when both are present;
 * contexts and derived_contexts entities grouped into {@code contexts_<vendor>_<name>_<model>}
 * arrays (see {@link SchemaKeys}) in order of appearance, derived_contexts replacing contexts on a
 * shared key, each object carrying {@code _schema_version}; the unstruct event's data under {@code
 * unstruct_event_<vendor>_<name>_<model>}. Lossless ({@link JsonOptions#LOSSLESS}): the 131 fields,
 * contexts as {@code {}} or a 1-0-0 envelope, unstruct_event as null or a 1-0-0 envelope.
 *
 * <p>An event from a structural parser is decoded here: invalid text then throws {@link
 * dev.furrow.domain.event.InvalidValueException}. Thread-safe.
 */
public final class EventJson {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Field[] FIELDS = Field.values();
  private static final SerializableString[] NAMES = new SerializableString[Field.COUNT];
  private static final String CONTEXTS_URI =
      "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0";
  private static final String UNSTRUCT_URI =
      "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0";
  private static final String SCHEMA_VERSION = "_schema_version";

  static {
    for (Field field : FIELDS) {
      NAMES[field.ordinal()] = new SerializedString(field.columnName());
    }
  }

  private EventJson() {}

  /** The event as compact JSON text. */
  public static String toJson(EnrichedEvent event, JsonOptions options) {
    StringBuilderWriter out = new StringBuilderWriter(event.line().length() * 2);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(event, options, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the event as one JSON object to {@code out}. */
  public static void write(EnrichedEvent event, JsonOptions options, JsonGenerator out)
      throws IOException {
    ContextColumns columns =
        options.lossy()
            ? ContextColumns.of(
                event.contexts(Field.CONTEXTS), event.contexts(Field.DERIVED_CONTEXTS))
            : null;
    out.writeStartObject();
    if (options.lossy()) {
      writeGeoLocation(event, out);
    }
    for (Field field : FIELDS) {
      switch (field.type()) {
        case CONTEXTS -> {
          if (columns != null) {
            columns.write(field == Field.DERIVED_CONTEXTS, options.schemaVersion(), out);
          } else {
            writeLosslessContexts(field, event.contexts(field), options, out);
          }
        }
        case UNSTRUCT -> writeUnstruct(event.unstruct(field), options, out);
        default -> writeScalar(event, field, options.omitEmpty(), out);
      }
    }
    out.writeEndObject();
  }

  private static void writeGeoLocation(EnrichedEvent event, JsonGenerator out) throws IOException {
    if (event.isEmpty(Field.GEO_LATITUDE) || event.isEmpty(Field.GEO_LONGITUDE)) {
      return;
    }
    out.writeStringField(
        "geo_location",
        Double.toString(event.decimal(Field.GEO_LATITUDE))
            + ","
            + Double.toString(event.decimal(Field.GEO_LONGITUDE)));
  }

  private static void writeScalar(
      EnrichedEvent event, Field field, boolean omitEmpty, JsonGenerator out) throws IOException {
    SerializableString name = NAMES[field.ordinal()];
    if (event.isEmpty(field)) {
      if (!omitEmpty) {
        out.writeFieldName(name);
        out.writeNull();
      }
      return;
    }
    switch (field.type()) {
      case STRING -> {
        out.writeFieldName(name);
        out.writeString(event.raw(field));
      }
      case INT -> {
        int value = event.integer(field);
        out.writeFieldName(name);
        out.writeNumber(value);
      }
      case DOUBLE -> {
        double value = event.decimal(field);
        boolean finite = Double.isFinite(value);
        if (finite || !omitEmpty) {
          out.writeFieldName(name);
          if (finite) {
            out.writeNumber(value);
          } else {
            out.writeNull();
          }
        }
      }
      case BOOLEAN -> {
        boolean value = event.bool(field);
        out.writeFieldName(name);
        out.writeBoolean(value);
      }
      case TIMESTAMP -> {
        String value = InstantText.format(event.timestamp(field));
        out.writeFieldName(name);
        out.writeString(value);
      }
      case UUID -> {
        String value = event.uuid(field).toString();
        out.writeFieldName(name);
        out.writeString(value);
      }
      default -> throw new IllegalStateException("Not a scalar field: " + field);
    }
  }

  private static void writeLosslessContexts(
      Field field, Contexts contexts, JsonOptions options, JsonGenerator out) throws IOException {
    if (contexts.isEmpty()) {
      if (!options.omitEmpty()) {
        out.writeFieldName(NAMES[field.ordinal()]);
        out.writeStartObject();
        out.writeEndObject();
      }
      return;
    }
    out.writeFieldName(NAMES[field.ordinal()]);
    out.writeStartObject();
    out.writeStringField("schema", CONTEXTS_URI);
    out.writeArrayFieldStart("data");
    for (SelfDescribingData entity : contexts.data()) {
      writeEntity(entity, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeUnstruct(UnstructEvent unstruct, JsonOptions options, JsonGenerator out)
      throws IOException {
    if (options.lossy()) {
      if (unstruct != null) {
        out.writeFieldName(SchemaKeys.columnKey(SchemaKeys.UNSTRUCT_PREFIX, unstruct.schema()));
        JsonTrees.write(unstruct.data().data(), out);
      }
      return;
    }
    if (unstruct == null) {
      if (!options.omitEmpty()) {
        out.writeFieldName(NAMES[Field.UNSTRUCT_EVENT.ordinal()]);
        out.writeNull();
      }
      return;
    }
    out.writeFieldName(NAMES[Field.UNSTRUCT_EVENT.ordinal()]);
    out.writeStartObject();
    out.writeStringField("schema", UNSTRUCT_URI);
    out.writeFieldName("data");
    writeEntity(unstruct.data(), out);
    out.writeEndObject();
  }

  private static void writeEntity(SelfDescribingData entity, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("schema", entity.schema().toUri());
    out.writeFieldName("data");
    JsonTrees.write(entity.data(), out);
    out.writeEndObject();
  }

  /** Writes one flattened context object: the data with {@code _schema_version} merged in. */
  static void writeContextObject(
      SelfDescribingData entity, JsonOptions.SchemaVersionMember member, JsonGenerator out)
      throws IOException {
    if (member == JsonOptions.SchemaVersionMember.NONE) {
      JsonTrees.write(entity.data(), out);
      return;
    }
    out.writeStartObject();
    out.writeStringField(
        SCHEMA_VERSION,
        member == JsonOptions.SchemaVersionMember.SCHEMA_VER
            ? entity.schema().version().asString()
            : entity.schema().toUri());
    if (entity.data().isObject()) {
      JsonTrees.writeMembers(entity.data(), SCHEMA_VERSION, out);
    }
    out.writeEndObject();
  }
}
