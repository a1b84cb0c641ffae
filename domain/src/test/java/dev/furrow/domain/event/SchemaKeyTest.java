package dev.furrow.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaKeyTest {

  /** The Iglu URI regular expression of the spec (section 3). */
  private static final Pattern IGLU =
      Pattern.compile(
          "^iglu:([a-zA-Z0-9-_.]+)/([a-zA-Z0-9-_]+)/([a-zA-Z0-9-_]+)/"
              + "([1-9][0-9]*(?:-(?:0|[1-9][0-9]*)){2})$");

  @Test
  void parse_splitsTheUriAndRendersItBack() {
    SchemaKey key = SchemaKey.fromUri("iglu:com.acme-corp/my_Event-x/jsonschema/10-0-12");

    assertEquals(
        new SchemaKey("com.acme-corp", "my_Event-x", "jsonschema", new SchemaVer(10, 0, 12)), key);
    assertEquals("iglu:com.acme-corp/my_Event-x/jsonschema/10-0-12", key.toUri());
  }

  @Test
  void parse_acceptsExactlyWhatTheIgluRegexAccepts() {
    for (String uri : candidates()) {
      assertEquals(
          IGLU.matcher(uri).matches(), SchemaKey.parse(uri).isPresent(), () -> "[" + uri + "]");
    }
  }

  @Test
  void isValidUri_inPlace_agreesWithParse() {
    for (String uri : candidates()) {
      String line = "x\"" + uri + "\"y";
      assertEquals(
          SchemaKey.parse(uri).isPresent(),
          SchemaKey.isValidUri(line, 2, 2 + uri.length()),
          () -> "[" + uri + "]");
    }
  }

  @Test
  void fromUri_rejectsAnInvalidUri() {
    assertThrows(IllegalArgumentException.class, () -> SchemaKey.fromUri("iglu:a/b/c/1.0.0"));
  }

  private static List<String> candidates() {
    List<String> all =
        new ArrayList<>(
            List.of(
                "iglu:com.acme/ctx/jsonschema/1-0-0",
                "iglu:com.acme/ctx/jsonschema/0-0-0",
                "iglu:com.acme/ctx/jsonschema/1-01-0",
                "iglu:com.acme/ctx/jsonschema/1-0",
                "iglu:com.acme/ctx/jsonschema/1-0-0-0",
                "iglu:com.acme/c.tx/jsonschema/1-0-0",
                "iglu:com.acme//jsonschema/1-0-0",
                "iglu:/ctx/jsonschema/1-0-0",
                "iglu:com.acme/ctx/jsonschema/1-0-0\n",
                "IGLU:com.acme/ctx/jsonschema/1-0-0",
                "iglu:com.acme/ctx/json schema/1-0-0",
                "iglu:com.acme/ctx/jsonschema/1.0.0"));
    Random random = new Random(3);
    String alphabet = "ab.-_/019Z ";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder uri = new StringBuilder("iglu:");
      int length = random.nextInt(14);
      for (int j = 0; j < length; j++) {
        uri.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      uri.append(random.nextBoolean() ? "/1-0-0" : "/" + random.nextInt(3) + "-0" + "-1");
      all.add(uri.toString());
    }
    return all;
  }
}
