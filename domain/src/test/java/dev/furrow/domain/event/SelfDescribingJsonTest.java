package dev.furrow.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelfDescribingJsonTest {

  private static final String CONTEXTS =
      "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1";
  private static final String UNSTRUCT =
      "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0";

  private static String contextsError(String json) {
    return assertThrows(
            InvalidValueException.class, () -> SelfDescribingJson.decodeContexts("contexts", json))
        .invalidValue()
        .message();
  }

  @Test
  void contexts_keepEntitiesInOrderWithAnyData() {
    Contexts contexts =
        SelfDescribingJson.decodeContexts(
            "contexts",
            "{\"data\":[{\"data\":null,\"schema\":\"iglu:a/b/jsonschema/1-0-0\"},"
                + "{\"schema\":\"iglu:a/c/jsonschema/2-1-0\",\"data\":[1]}],\"schema\":\""
                + CONTEXTS
                + "\"}");

    assertEquals(2, contexts.size());
    assertTrue(contexts.data().get(0).data().isNull());
    assertEquals(new SchemaVer(2, 1, 0), contexts.data().get(1).schema().version());
  }

  @Test
  void malformedEnvelopes_areReportedWithThePath() {
    assertTrue(contextsError("[]").contains("at $: expected a self-describing JSON object"));
    assertTrue(contextsError("{\"data\":[]}").contains("at $.schema: missing required field"));
    assertTrue(
        contextsError("{\"schema\":1,\"data\":[]}").contains("at $.schema: expected a string"));
    assertTrue(contextsError("{\"schema\":\"" + CONTEXTS + "\"}").contains("at $.data: missing"));
    assertTrue(
        contextsError("{\"schema\":\"" + CONTEXTS + "\",\"data\":{}}")
            .contains("at $.data: expected an array"));
    assertTrue(
        contextsError("{\"schema\":\"" + CONTEXTS + "\",\"data\":[{\"schema\":\"x\",\"data\":1}]}")
            .contains("at $.data[0].schema: not a valid Iglu URI: x"));
    assertTrue(contextsError("{} {}").startsWith("Invalid JSON"));
    assertTrue(contextsError("   ").startsWith("Invalid JSON"));
  }

  @Test
  void wrongEnvelopeSchema_isAnUnknownPayload_evenWhenTheInnerDataIsBad() {
    assertEquals(
        "Unknown payload: " + UNSTRUCT,
        contextsError("{\"schema\":\"" + UNSTRUCT + "\",\"data\":42}"));
    assertEquals(
        "Unknown payload: iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-1-0",
        contextsError(
            "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-1-0\","
                + "\"data\":[]}"));
  }

  @Test
  void unstruct_requiresAnInnerEntity() {
    UnstructEvent event =
        SelfDescribingJson.decodeUnstruct(
            "unstruct_event",
            "{\"schema\":\""
                + UNSTRUCT
                + "\",\"data\":{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":{}}}");
    assertEquals("iglu:a/b/c/1-0-0", event.schema().toUri());

    InvalidValueException error =
        assertThrows(
            InvalidValueException.class,
            () ->
                SelfDescribingJson.decodeUnstruct(
                    "unstruct_event",
                    "{\"schema\":\""
                        + UNSTRUCT
                        + "\",\"data\":{\"schema\":\"iglu:a/b/c/1-0-0\"}}"));
    assertEquals("unstruct_event", error.invalidValue().key());
    assertTrue(error.invalidValue().message().contains("at $.data.data: missing required field"));
  }
}
