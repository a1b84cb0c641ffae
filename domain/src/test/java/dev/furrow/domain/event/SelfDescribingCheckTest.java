package dev.furrow.domain.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelfDescribingCheckTest {

  private static final String CONTEXTS =
      "\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1\"";
  private static final String UNSTRUCT =
      "\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\"";
  private static final String ENTITY =
      "{\"schema\":\"iglu:com.acme/ctx/jsonschema/1-0-0\",\"data\":{\"a\":[1,2.50,null,\"x\\ty\"]}}";

  private static final List<String> VALID_CONTEXTS =
      List.of(
          "{\"schema\":" + CONTEXTS + ",\"data\":[]}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[" + ENTITY + "," + ENTITY + "]}",
          " {\"data\":[" + ENTITY + "],\"extra\":{\"k\":[{}]},\"schema\":" + CONTEXTS + "} ",
          "{\"schema\":"
              + CONTEXTS
              + ",\"data\":[{\"data\":null,\"schema\":\"iglu:a/b/c/1-0-0\"}]}");

  /** Texts the decoder rejects, each for another reason, or accepts only in an unusual shape. */
  private static final List<String> UNUSUAL_CONTEXTS =
      List.of(
          "",
          "   ",
          "[]",
          "null",
          "{\"schema\":" + CONTEXTS + ",\"data\":[]} {}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[]}}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[],}",
          "{\"schema\":" + CONTEXTS + "}",
          "{\"data\":[]}",
          "{\"schema\":1,\"data\":[]}",
          "{\"schema\":" + UNSTRUCT + ",\"data\":[]}",
          "{\"schema\":" + CONTEXTS + ",\"data\":{}}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[1]}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[{\"schema\":\"x\",\"data\":1}]}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\"}]}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[{\"data\":1}]}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":tru}]}",
          "{\"schema\":"
              + CONTEXTS
              + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":\"a\tb\"}]}",
          "{\"schema\":"
              + CONTEXTS
              + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":\"\\q\"}]}",
          "{\"schema\":"
              + CONTEXTS
              + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":1e99999999999}]}",
          "{\"schema\":"
              + CONTEXTS
              + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":"
              + "9".repeat(2000)
              + "}]}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[],\"data\":[]}",
          "{\"schema\":" + CONTEXTS + ",\"schema\":" + CONTEXTS + ",\"data\":[]}",
          "{\"schema\":"
              + CONTEXTS
              + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":1,\"data\":2}]}",
          "{\"schema\":" + CONTEXTS + ",\"data\":[" + "[".repeat(2000) + "]".repeat(2000) + "]}");

  @Test
  void commonContexts_surelyDecode_andDecode() {
    for (String text : VALID_CONTEXTS) {
      assertTrue(SelfDescribingCheck.contextsSurelyDecode(text), text);
      assertDoesNotThrow(() -> SelfDescribingJson.decodeContexts("contexts", text), text);
    }
  }

  @Test
  void invalidOrUnusualContexts_areLeftToTheDecoder() {
    for (String text : UNUSUAL_CONTEXTS) {
      assertFalse(SelfDescribingCheck.contextsSurelyDecode(text), text);
    }
    // The unusual but valid ones still decode, with the last member winning as before.
    assertEquals(
        0,
        SelfDescribingJson.decodeContexts(
                "contexts", "{\"schema\":" + CONTEXTS + ",\"data\":[1],\"data\":[]}")
            .size());
    assertThrows(
        InvalidValueException.class,
        () -> SelfDescribingJson.decodeContexts("contexts", UNUSUAL_CONTEXTS.get(19)));
  }

  @Test
  void unstruct_surelyDecodesOnlyWithOneInnerEntity() {
    assertTrue(
        SelfDescribingCheck.unstructSurelyDecodes(
            "{\"schema\":" + UNSTRUCT + ",\"data\":" + ENTITY + "}"));
    assertFalse(
        SelfDescribingCheck.unstructSurelyDecodes(
            "{\"schema\":" + UNSTRUCT + ",\"data\":[" + ENTITY + "]}"));
    assertFalse(
        SelfDescribingCheck.unstructSurelyDecodes(
            "{\"schema\":" + CONTEXTS + ",\"data\":" + ENTITY + "}"));
    assertFalse(
        SelfDescribingCheck.unstructSurelyDecodes(
            "{\"schema\":" + UNSTRUCT + ",\"data\":{\"data\":{}}}"));
  }

  @Test
  void validatingParser_decodesCheckedJsonFieldsOnAccess_likeTheTreeDecoder() {
    String contexts = VALID_CONTEXTS.get(1);
    String unstruct = "{\"schema\":" + UNSTRUCT + ",\"data\":" + ENTITY + "}";
    String line =
        TestLines.pageView()
            .with(Field.CONTEXTS, contexts)
            .with(Field.UNSTRUCT_EVENT, unstruct)
            .line();

    EnrichedEvent event = EventParser.validating().parseEvent(line);

    assertEquals(SelfDescribingJson.decodeContexts("contexts", contexts), event.contexts());
    assertEquals(
        SelfDescribingJson.decodeUnstruct("unstruct_event", unstruct),
        event.unstruct(Field.UNSTRUCT_EVENT));
    EnrichedEvent noUnstruct =
        EventParser.validating()
            .parseEvent(TestLines.pageView().with(Field.UNSTRUCT_EVENT, "").line());
    assertNull(noUnstruct.unstruct(Field.UNSTRUCT_EVENT));
  }

  @Test
  void floatBeyondBigDecimal_isABadRow_notACrash() {
    String line = TestLines.pageView().with(Field.CONTEXTS, UNUSUAL_CONTEXTS.get(19)).line();

    ParsedLine parsed = EventParser.validating().parse(line);

    assertTrue(parsed instanceof BadRow bad && bad.messages().get(0).contains("Invalid JSON"));
  }
}
