package dev.furrow.sinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.run.RunId;
import org.junit.jupiter.api.Test;

class PartitionNamesTest {

  @Test
  void snowplowRunId_escapesItsEqualsSign() {
    assertEquals(
        "run_id=run%3D2024-05-01-10-00-00",
        PartitionNames.runDirectory(RunId.of("run=2024-05-01-10-00-00")));
  }

  @Test
  void escape_encodesTheCharactersSparkEncodes_andKeepsTheRest() {
    assertEquals(
        "a%22%23%25%27%2A%3A%3D%3F%7B%5B%5D%5Eb", PartitionNames.escape("a\"#%'*:=?{[]^b"));
    assertEquals("%01%09%0A%7F", PartitionNames.escape("\u0001\t\n\u007f"));
    assertEquals("a+b c-é東}", PartitionNames.escape("a+b c-é東}"));
  }

  @Test
  void unescape_reversesEscape() {
    for (String value : new String[] {"run=1", "a%b", "%", "%4", "a\"#%'*:=?{[]^b\t", "é東 x"}) {
      assertEquals(value, PartitionNames.unescape(PartitionNames.escape(value)), value);
    }
  }

  @Test
  void unescape_decodesUtf8Sequences_andKeepsMalformedPercents() {
    assertEquals("é/", PartitionNames.unescape("%C3%A9%2F"));
    assertEquals("100%", PartitionNames.unescape("100%"));
    assertEquals("%zz", PartitionNames.unescape("%zz"));
  }

  @Test
  void runOf_readsTheRunBackFromItsDirectoryName() {
    RunId run = RunId.of("run=2024-05-01-10-00-00");

    assertEquals(run, PartitionNames.runOf(PartitionNames.runDirectory(run)));
    assertTrue(PartitionNames.isRunDirectory("run_id=x"));
    assertFalse(PartitionNames.isRunDirectory("run_id="));
    assertFalse(PartitionNames.isRunDirectory("_furrow"));
    assertThrows(IllegalArgumentException.class, () -> PartitionNames.runOf("_furrow"));
  }
}
