package dev.furrow.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunPatternTest {

  @Test
  void defaultPattern_matchesRunFoldersOnly() {
    assertTrue(RunPattern.DEFAULT.matches("run=2017-07-17-22-40-30"));
    assertTrue(RunPattern.DEFAULT.matches("run="));
    assertFalse(RunPattern.DEFAULT.matches("Run=2017-07-17-22-40-30"));
    assertFalse(RunPattern.DEFAULT.matches("archive"));
    assertFalse(RunPattern.DEFAULT.matches("xrun=2017"));
  }

  @Test
  void questionMark_matchesExactlyOneCharacter() {
    RunPattern pattern = RunPattern.of("run=2024-05-0?-*");

    assertTrue(pattern.matches("run=2024-05-01-10-00-00"));
    assertFalse(pattern.matches("run=2024-05-10-10-00-00"));
    assertFalse(pattern.matches("run=2024-05-0"));
  }

  @Test
  void severalStars_backtrack() {
    RunPattern pattern = RunPattern.of("*-00-*-00");

    assertTrue(pattern.matches("run=2024-05-01-00-00-00"));
    assertTrue(pattern.matches("-00--00"));
    assertFalse(pattern.matches("run=2024-05-01-10-00-00"));
    assertFalse(pattern.matches("run=2024-05-01-00-00-01"));
  }

  @Test
  void otherCharacters_areLiteral_includingRegexMetacharacters() {
    RunPattern pattern = RunPattern.of("run.[a]+");

    assertTrue(pattern.matches("run.[a]+"));
    assertFalse(pattern.matches("runx[a]+"));
    assertFalse(pattern.matches("run.aa"));
  }

  @Test
  void patternWithoutWildcards_matchesOnlyItself() {
    assertTrue(RunPattern.of("run=2024-05-01-10-00-00").matches("run=2024-05-01-10-00-00"));
    assertFalse(RunPattern.of("run=2024-05-01-10-00-00").matches("run=2024-05-01-10-00-000"));
  }

  @Test
  void emptyOrPathLikeGlobs_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> RunPattern.of(""));
    assertThrows(IllegalArgumentException.class, () -> RunPattern.of("enriched/run=*"));
  }

  @Test
  void patternsWithTheSameGlob_areEqual() {
    assertEquals(RunPattern.DEFAULT, RunPattern.of("run=*"));
    assertEquals("run=*", RunPattern.DEFAULT.toString());
  }
}
