package dev.furrow.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.Field;
import dev.furrow.domain.event.TestLines;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  private static final String CONTEXTS_SCHEMA =
      "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0";

  private static String contexts(String... entities) {
    return "{\"schema\":\"" + CONTEXTS_SCHEMA + "\",\"data\":[" + String.join(",", entities) + "]}";
  }

  private static String entity(String uri, String data) {
    return "{\"schema\":\"" + uri + "\",\"data\":" + data + "}";
  }

  private static JsonNode lossy(TestLines line) {
    return json(line, JsonOptions.LOSSY);
  }

  private static JsonNode json(TestLines line, JsonOptions options) {
    EnrichedEvent event = EventParser.validating().parseEvent(line.line());
    return JsonComparison.parse(EventJson.toJson(event, options));
  }

  @Test
  void lossy_hasEveryNonJsonFieldWithNullForEmpty() {
    JsonNode json = lossy(TestLines.pageView());

    assertEquals(128, json.size());
    assertTrue(json.get("user_id").isNull());
    assertEquals("2024-05-01T10:00:01.123Z", json.get("etl_tstamp").asText());
    assertEquals("2024-05-01T10:00:00Z", json.get("collector_tstamp").asText());
    assertFalse(json.has("contexts"));
    assertFalse(json.has("unstruct_event"));
  }

  @Test
  void omitEmpty_dropsNullValuedKeys() {
    JsonNode json = json(TestLines.pageView(), JsonOptions.LOSSY.omittingEmpty());

    assertFalse(json.has("user_id"));
    assertEquals("page_view", json.get("event").asText());
    assertEquals(11, json.size());
  }

  @Test
  void nanAndInfiniteDoubles_areWrittenAsNull() {
    JsonNode json =
        lossy(TestLines.pageView().with(Field.TR_TOTAL, "NaN").with(Field.TR_TAX, "-Infinity"));

    assertTrue(json.get("tr_total").isNull());
    assertTrue(json.get("tr_tax").isNull());
  }

  @Test
  void geoLocation_isBuiltFromTheParsedDoubles() {
    JsonNode json =
        lossy(
            TestLines.pageView().with(Field.GEO_LATITUDE, "37").with(Field.GEO_LONGITUDE, "1e-5"));

    assertEquals("37.0,1.0E-5", json.get("geo_location").asText());
  }

  @Test
  void eventId_isRenderedLowerCase() {
    JsonNode json =
        lossy(TestLines.pageView().with(Field.EVENT_ID, "C6EF3124-B53A-4B13-A233-0088F79DCBCB"));

    assertEquals("c6ef3124-b53a-4b13-a233-0088f79dcbcb", json.get("event_id").asText());
  }

  @Test
  void derivedContexts_replaceCustomContextsOnASharedKey_andKeepOthers() {
    JsonNode json =
        lossy(
            TestLines.pageView()
                .with(
                    Field.CONTEXTS,
                    contexts(
                        entity("iglu:com.acme/shared/jsonschema/1-0-0", "{\"from\":\"custom\"}"),
                        entity("iglu:com.acme/own/jsonschema/1-0-0", "{\"n\":1}")))
                .with(
                    Field.DERIVED_CONTEXTS,
                    contexts(
                        entity(
                            "iglu:com.acme/shared/jsonschema/1-0-2", "{\"from\":\"derived\"}"))));

    assertEquals(
        JsonComparison.parse("[{\"from\":\"derived\",\"_schema_version\":\"1-0-2\"}]"),
        json.get("contexts_com_acme_shared_1"));
    assertEquals(
        JsonComparison.parse("[{\"n\":1,\"_schema_version\":\"1-0-0\"}]"),
        json.get("contexts_com_acme_own_1"));
  }

  @Test
  void schemaVersion_replacesNonObjectDataAndOverridesAnExistingMember() {
    String text =
        EventJson.toJson(
            EventParser.validating()
                .parseEvent(
                    TestLines.pageView()
                        .with(
                            Field.CONTEXTS,
                            contexts(
                                entity("iglu:com.acme/scalar/jsonschema/1-0-0", "[1,2]"),
                                entity(
                                    "iglu:com.acme/clash/jsonschema/1-1-0",
                                    "{\"_schema_version\":{\"x\":1},\"a\":1.50}")))
                        .line()),
            JsonOptions.LOSSY);
    JsonNode json = JsonComparison.parse(text);

    assertEquals(
        JsonComparison.parse("[{\"_schema_version\":\"1-0-0\"}]"),
        json.get("contexts_com_acme_scalar_1"));
    JsonNode clash = json.get("contexts_com_acme_clash_1").get(0);
    assertEquals("1-1-0", clash.get("_schema_version").asText());
    assertTrue(text.contains("{\"_schema_version\":\"1-1-0\",\"a\":1.50}"), text);
  }

  @Test
  void unstruct_isFlattenedWithoutSchemaVersion() {
    JsonNode json =
        lossy(
            TestLines.pageView()
                .with(
                    Field.UNSTRUCT_EVENT,
                    "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\","
                        + "\"data\":"
                        + entity("iglu:com.acme/LinkClick/jsonschema/2-0-0", "{\"u\":\"x\"}")
                        + "}"));

    assertEquals(
        JsonComparison.parse("{\"u\":\"x\"}"), json.get("unstruct_event_com_acme_link_click_2"));
  }

  @Test
  void lossless_keepsThe131FieldsWithEnvelopesRewrittenAs100() {
    JsonNode empty = json(TestLines.pageView(), JsonOptions.LOSSLESS);
    assertEquals(131, empty.size());
    assertEquals(JsonComparison.parse("{}"), empty.get("contexts"));
    assertTrue(empty.get("unstruct_event").isNull());
    assertFalse(empty.has("geo_location"));

    JsonNode full =
        json(
            TestLines.pageView()
                .with(
                    Field.CONTEXTS,
                    contexts(entity("iglu:com.acme/ctx/jsonschema/1-0-0", "null"))
                        .replace("1-0-0\",\"data\":[", "1-0-1\",\"data\":[")),
            JsonOptions.LOSSLESS);
    assertEquals(
        JsonComparison.parse(contexts(entity("iglu:com.acme/ctx/jsonschema/1-0-0", "null"))),
        full.get("contexts"));
  }

  @Test
  void emptyDataArray_producesNoContextKeys() {
    JsonNode json = lossy(TestLines.pageView().with(Field.CONTEXTS, contexts()));

    assertNull(
        json.properties().stream()
            .filter(e -> e.getKey().startsWith("contexts"))
            .findFirst()
            .orElse(null));
  }
}
