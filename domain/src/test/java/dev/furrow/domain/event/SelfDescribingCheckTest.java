package dev.furrow.domain.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

  @Test
  void unusualButValidJson_isLeftToTheDecoder() {
    for (String text :
        List.of(
            "{\"sch\\u0065ma\":" + CONTEXTS + ",\"data\":[]}",
            "{\"schema\":\"iglu:com.snowplowanalytics.snowplow\\/contexts/jsonschema/1-0-1\","
                + "\"data\":[]}",
            "{\"schema\":"
                + CONTEXTS
                + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":1e1234567}]}",
            "{\"schema\":"
                + CONTEXTS
                + ",\"data\":[{\"schema\":\"iglu:a/b/c/1-0-0\",\"data\":{\""
                + "k".repeat(2000)
                + "\":1}}]}")) {
      assertFalse(SelfDescribingCheck.contextsSurelyDecode(text), text);
      assertDoesNotThrow(() -> SelfDescribingJson.decodeContexts("contexts", text), text);
    }
  }

  @Test
  void aFieldInsideALine_isCheckedInPlace() {
    for (String text : VALID_CONTEXTS) {
      String line = "a\t" + text + "\tb";
      assertTrue(SelfDescribingCheck.contextsSurelyDecode(line, 2, 2 + text.length()), text);
      assertFalse(
          SelfDescribingCheck.contextsSurelyDecode(line, 2, 1 + text.strip().length()), text);
    }
  }

  /**
   * Differential: thousands of random edits of valid texts (the JSON syntax characters inserted,
   * deleted, repeated); whenever the check answers true, the tree decoder must accept the text.
   */
  @Test
  void randomEdits_neverMakeTheCheckAcceptWhatTheDecoderRejects() {
    Random random = new Random(20261126L);
    String alphabet = "{}[]\":,\\ 0123456789.eE+-tfnulrsa\u00e9\u0001/";
    List<String> seeds = new ArrayList<>(VALID_CONTEXTS);
    seeds.add(
        "{\"schema\":"
            + CONTEXTS
            + ",\"data\":[{\"schema\":\"iglu:com.acme/x_y/jsonschema/10-2-33\","
            + "\"data\":{\"n\":-0.5e+7,\"s\":\"\\u00e9\\n\",\"b\":[true,false,null,{}]}}]}");
    int accepted = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> {
            if (at < text.length()) {
              text.deleteCharAt(at);
            }
          }
          default -> {
            int to = Math.min(text.length(), at + random.nextInt(12));
            text.insert(at, text.substring(at, to));
          }
        }
      }
      String candidate = text.toString();
      if (SelfDescribingCheck.contextsSurelyDecode(candidate)) {
        accepted++;
        assertDoesNotThrow(
            () -> SelfDescribingJson.decodeContexts("contexts", candidate), candidate);
      }
      String unstruct = "{\"schema\":" + UNSTRUCT + ",\"data\":" + candidate + "}";
      if (SelfDescribingCheck.unstructSurelyDecodes(unstruct)) {
        assertDoesNotThrow(
            () -> SelfDescribingJson.decodeUnstruct("unstruct_event", unstruct), unstruct);
      }
    }
    // The edits keep some texts valid, so the property was exercised on both answers.
    assertTrue(accepted > 500 && accepted < 19_000, "accepted " + accepted);
  }
}
