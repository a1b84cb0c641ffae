package dev.furrow.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hand-written checks accept exactly what the JDK parsers accept. */
class ScalarsTest {

  private static final List<String> INTS =
      List.of(
          "0",
          "-0",
          "+0",
          "42",
          "+5",
          "-2147483648",
          "2147483647",
          "2147483648",
          "-2147483649",
          " 5",
          "5 ",
          "",
          "+",
          "-",
          "1.0",
          "1e3",
          "0x10",
          "٣",
          "007",
          "99999999999",
          "1_000");

  private static final List<String> DOUBLES =
      List.of(
          "0",
          "1.5",
          "-0.5",
          "+2",
          "1e3",
          "1E-5",
          "-5e-1",
          ".5",
          "5.",
          ".",
          "e5",
          "1e",
          "1e+",
          "NaN",
          "-Infinity",
          "Infinity",
          "nan",
          "inf",
          "0x1p3",
          "0x1.8p1",
          "1.5f",
          "1.5D",
          " 1.5",
          "1.5 ",
          "1,5",
          "1_000",
          "--1",
          "1e5.5",
          "",
          "+",
          "1.7976931348623157E309",
          "4.9e-325");

  private static final List<String> UUIDS =
      List.of(
          "c6ef3124-b53a-4b13-a233-0088f79dcbcb",
          "C6EF3124-B53A-4B13-A233-0088F79DCBCB",
          "c6ef3124-b53a-4b13-a233-0088f79dcbc",
          "c6ef3124-b53a-4b13-a233-0088f79dcbcbb",
          "1-1-1-1-1",
          "c6ef3124b53a4b13a2330088f79dcbcb",
          "c6ef3124-b53a-4b13-a233-0088f79dcbcg",
          "+6ef3124-b53a-4b13-a233-0088f79dcbcb",
          "c6ef3124-b53a-4b13-a233_0088f79dcbcb",
          "abc",
          "1-2-3-4-5-6",
          "-1-1-1-1",
          "00000000-0000-0000-0000-000000000000",
          "ffffffff-ffff-ffff-ffff-ffffffffffff");

  @Test
  void intCheck_agreesWithIntegerParseInt() {
    for (String text : withRandom(INTS, "0123456789+- ", 12)) {
      assertEquals(jdkInt(text), Scalars.isInt(text, 0, text.length()), () -> "[" + text + "]");
    }
  }

  @Test
  void doubleCheck_agreesWithDoubleParseDouble() {
    for (String text : withRandom(DOUBLES, "0123456789.eE+-fdxp ", 8)) {
      assertEquals(
          jdkDouble(text), Scalars.isDouble(text, 0, text.length()), () -> "[" + text + "]");
      if (jdkDouble(text)) {
        assertEquals(Double.parseDouble(text), Scalars.parseDouble(text, 0, text.length()));
      }
    }
  }

  @Test
  void uuidCheck_agreesWithUuidFromString() {
    for (String text : withRandom(UUIDS, "0123456789abcdefABCDEFg-+", 40)) {
      UUID expected = jdkUuid(text);
      assertEquals(
          expected != null, Scalars.isUuid(text, 0, text.length()), () -> "[" + text + "]");
      assertEquals(expected, Scalars.parseUuid(text, 0, text.length()), () -> "[" + text + "]");
    }
  }

  @Test
  void checks_readOnlyTheirRangeOfTheLine() {
    String line = "x\t123\ty";
    assertEquals(true, Scalars.isInt(line, 2, 5));
    assertEquals(123, Scalars.parseInt(line, 2, 5));
    assertEquals(false, Scalars.isInt(line, 1, 5));
    assertEquals(true, Scalars.isBoolean("a1b", 1, 2));
    assertEquals(false, Scalars.isBoolean("a1b", 0, 2));
  }

  private static List<String> withRandom(List<String> fixed, String alphabet, int maxLength) {
    List<String> all = new ArrayList<>(fixed);
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(maxLength + 1);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      all.add(text.toString());
    }
    return all;
  }

  private static boolean jdkInt(String text) {
    try {
      Integer.parseInt(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean jdkDouble(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static UUID jdkUuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
