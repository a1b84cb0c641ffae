package dev.furrow.domain.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.Field;
import dev.furrow.domain.event.SchemaKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixture: builds valid 131-field enriched-event TSV lines and parsed events for tests, e.g. {@code
 * TestEvents.pageView().url("https://a.com/").country("FR").at("2024-05-01T10:00:00Z").build()}.
 *
 * <p>Defaults: app_id {@code site}, platform {@code web}, every timestamp (collector, device,
 * derived, etl) at {@value #DEFAULT_AT}, a fresh event_id, no fingerprint, no geo fields. Page
 * views and pings carry a web_page context with a fresh page view id unless one is given.
 */
public final class TestEvents {

  /** The time of an event whose time is not set. */
  public static final String DEFAULT_AT = "2024-05-01T10:00:00Z";

  /** Iglu URI of the web_page context that carries the page view id. */
  public static final String WEB_PAGE_SCHEMA =
      "iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0";

  private static final String CONTEXTS_SCHEMA =
      "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1";
  private static final String UNSTRUCT_SCHEMA =
      "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0";
  private static final String SNOWPLOW = "com.snowplowanalytics.snowplow";
  private static final DateTimeFormatter TSV_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private TestEvents() {}

  /** A page view (event {@code page_view}) with a web_page context. */
  public static Builder pageView() {
    return new Builder("page_view", SNOWPLOW, "page_view")
        .url("https://www.example.com/")
        .title("Example")
        .pageViewId(freshId().toString());
  }

  /** A page ping (event {@code page_ping}) with a web_page context and scroll offsets. */
  public static Builder pagePing() {
    return new Builder("page_ping", SNOWPLOW, "page_ping")
        .url("https://www.example.com/")
        .title("Example")
        .pageViewId(freshId().toString())
        .field(Field.PP_XOFFSET_MIN, "0")
        .field(Field.PP_XOFFSET_MAX, "0")
        .field(Field.PP_YOFFSET_MIN, "0")
        .field(Field.PP_YOFFSET_MAX, "400");
  }

  /** A structured event (event {@code struct}) of category {@code shop}, action {@code click}. */
  public static Builder structEvent() {
    return new Builder("struct", SNOWPLOW, "event")
        .field(Field.SE_CATEGORY, "shop")
        .field(Field.SE_ACTION, "click");
  }

  /** A self-describing event (event {@code unstruct}) of the given schema and JSON data. */
  public static Builder unstructEvent(String igluUri, String dataJson) {
    SchemaKey key = SchemaKey.fromUri(igluUri);
    ObjectNode envelope = JSON.createObjectNode().put("schema", UNSTRUCT_SCHEMA);
    envelope.set("data", entity(igluUri, dataJson));
    return new Builder("unstruct", key.vendor(), key.name())
        .field(Field.EVENT_FORMAT, key.format())
        .field(Field.EVENT_VERSION, key.version().asString())
        .field(Field.UNSTRUCT_EVENT, envelope.toString());
  }

  /** Parses lines that must all be valid events. */
  public static List<EnrichedEvent> parse(List<String> lines) {
    return lines.stream().map(EventParser.validating()::parseEvent).toList();
  }

  private static UUID freshId() {
    long n = SEQUENCE.incrementAndGet();
    return new UUID(0x7e57_0000_0000_4000L, 0x8000_0000_0000_0000L | n);
  }

  private static ObjectNode entity(String igluUri, String dataJson) {
    SchemaKey.fromUri(igluUri);
    try {
      ObjectNode entity = JSON.createObjectNode().put("schema", igluUri);
      entity.set("data", JSON.readTree(dataJson));
      return entity;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not valid JSON: " + dataJson, e);
    }
  }

  /** Builder: one event; every setter returns the builder. Fields left unset are empty. */
  public static final class Builder {
    private final Map<Field, String> fields = new EnumMap<>(Field.class);
    private final List<JsonNode> contexts = new ArrayList<>();
    private String pageViewId;

    private Builder(String event, String eventVendor, String eventName) {
      field(Field.APP_ID, "site");
      field(Field.PLATFORM, "web");
      field(Field.EVENT, event);
      field(Field.EVENT_ID, freshId().toString());
      field(Field.NAME_TRACKER, "sp");
      field(Field.V_TRACKER, "js-3.17.0");
      field(Field.V_COLLECTOR, "ssc-3.2.0-kinesis");
      field(Field.V_ETL, "snowplow-enrich-kinesis-4.1.0");
      field(Field.DOMAIN_USERID, "user-1");
      field(Field.DOMAIN_SESSIONID, "session-1");
      field(Field.DOMAIN_SESSIONIDX, "1");
      field(Field.EVENT_VENDOR, eventVendor);
      field(Field.EVENT_NAME, eventName);
      field(Field.EVENT_FORMAT, "jsonschema");
      field(Field.EVENT_VERSION, "1-0-0");
      at(DEFAULT_AT);
    }

    /** Sets a field's raw TSV text ({@code ""} empties it); no TAB or newline allowed. */
    public Builder field(Field field, String raw) {
      if (raw.indexOf('\t') >= 0 || raw.indexOf('\n') >= 0) {
        throw new IllegalArgumentException(field.columnName() + " cannot hold TAB or newline");
      }
      fields.put(field, raw);
      return this;
    }

    /** Sets collector, device-created, device-sent, derived and etl timestamps (ISO-8601). */
    public Builder at(String isoInstant) {
      return at(Instant.parse(isoInstant));
    }

    /** Sets collector, device-created, device-sent, derived and etl timestamps. */
    public Builder at(Instant instant) {
      return collectorAt(instant)
          .timestamp(Field.DVCE_CREATED_TSTAMP, instant)
          .timestamp(Field.DVCE_SENT_TSTAMP, instant)
          .derivedAt(instant)
          .etlAt(instant);
    }

    public Builder collectorAt(String isoInstant) {
      return collectorAt(Instant.parse(isoInstant));
    }

    public Builder collectorAt(Instant instant) {
      return timestamp(Field.COLLECTOR_TSTAMP, instant);
    }

    public Builder derivedAt(String isoInstant) {
      return derivedAt(Instant.parse(isoInstant));
    }

    public Builder derivedAt(Instant instant) {
      return timestamp(Field.DERIVED_TSTAMP, instant);
    }

    public Builder etlAt(String isoInstant) {
      return etlAt(Instant.parse(isoInstant));
    }

    public Builder etlAt(Instant instant) {
      return timestamp(Field.ETL_TSTAMP, instant);
    }

    /** Sets a timestamp field; null empties it. */
    public Builder timestamp(Field field, Instant instant) {
      return field(field, instant == null ? "" : TSV_TIME.format(instant));
    }

    public Builder eventId(String eventId) {
      return field(Field.EVENT_ID, eventId);
    }

    public Builder eventId(UUID eventId) {
      return eventId(eventId.toString());
    }

    /** Sets event_fingerprint; null empties it. */
    public Builder fingerprint(String fingerprint) {
      return field(Field.EVENT_FINGERPRINT, fingerprint == null ? "" : fingerprint);
    }

    public Builder appId(String appId) {
      return field(Field.APP_ID, appId == null ? "" : appId);
    }

    public Builder platform(String platform) {
      return field(Field.PLATFORM, platform == null ? "" : platform);
    }

    public Builder url(String url) {
      return field(Field.PAGE_URL, url == null ? "" : url);
    }

    public Builder title(String title) {
      return field(Field.PAGE_TITLE, title == null ? "" : title);
    }

    /** Sets geo_country (ISO 3166-1 alpha-2); null empties it. */
    public Builder country(String country) {
      return field(Field.GEO_COUNTRY, country == null ? "" : country);
    }

    public Builder userId(String userId) {
      return field(Field.USER_ID, userId == null ? "" : userId);
    }

    public Builder domainUserid(String domainUserid) {
      return field(Field.DOMAIN_USERID, domainUserid == null ? "" : domainUserid);
    }

    public Builder sessionId(String domainSessionid) {
      return field(Field.DOMAIN_SESSIONID, domainSessionid == null ? "" : domainSessionid);
    }

    /** Sets se_category, se_action, se_label (structured events). */
    public Builder structured(String category, String action, String label) {
      return field(Field.SE_CATEGORY, category == null ? "" : category)
          .field(Field.SE_ACTION, action == null ? "" : action)
          .field(Field.SE_LABEL, label == null ? "" : label);
    }

    /** Sets se_value (structured events). */
    public Builder value(double value) {
      return field(Field.SE_VALUE, Double.toString(value));
    }

    /** Sets the page view id carried by the web_page context; null removes the context. */
    public Builder pageViewId(String id) {
      this.pageViewId = id;
      return this;
    }

    /** Adds a context entity of the given schema and JSON data. */
    public Builder context(String igluUri, String dataJson) {
      contexts.add(entity(igluUri, dataJson));
      return this;
    }

    /** The TSV line: 131 fields joined by TAB. */
    public String line() {
      Map<Field, String> all = new EnumMap<>(fields);
      List<JsonNode> entities = new ArrayList<>();
      if (pageViewId != null) {
        entities.add(
            entity(WEB_PAGE_SCHEMA, JSON.createObjectNode().put("id", pageViewId).toString()));
      }
      entities.addAll(contexts);
      if (!entities.isEmpty()) {
        ObjectNode envelope = JSON.createObjectNode().put("schema", CONTEXTS_SCHEMA);
        ArrayNode data = envelope.putArray("data");
        entities.forEach(data::add);
        all.put(Field.CONTEXTS, envelope.toString());
      }
      StringBuilder line = new StringBuilder(1024);
      for (Field field : Field.values()) {
        if (field.ordinal() > 0) {
          line.append('\t');
        }
        line.append(all.getOrDefault(field, ""));
      }
      return line.toString();
    }

    /**
     * The parsed event.
     *
     * @throws IllegalArgumentException naming the problems when a raw field made it invalid
     */
    public EnrichedEvent build() {
      return EventParser.validating().parseEvent(line());
    }
  }
}
