package dev.furrow.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.Field;
import dev.furrow.domain.event.ParsingError;
import dev.furrow.domain.job.RunCounts;
import dev.furrow.domain.testing.TestEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBatchTest {

  private static final String ID = "c6ef3124-b53a-4b13-a233-0088f79dcbcb";
  private static final String OTHER_ID = "8a0a8a38-8e6a-4f1b-9c52-7a5b0b6c4d11";

  @Test
  void naturalDuplicates_keepTheEventWhoseLineSortsFirst_andAreCounted() {
    String later =
        TestEvents.pageView().eventId(ID).fingerprint("fp1").etlAt("2024-05-01T10:05:00Z").line();
    String earlier =
        TestEvents.pageView().eventId(ID).fingerprint("fp1").etlAt("2024-05-01T10:01:00Z").line();
    String again = later;

    EventBatch batch = EventBatch.of(List.of(later, earlier, again), Dedup.NATURAL);

    assertEquals(List.of(earlier), lines(batch.events()));
    assertEquals(new RunCounts(3, 1, 0, 2), batch.counts());
  }

  @Test
  void syntheticDuplicates_sameIdButDifferentFingerprints_areAllKept() {
    String first = TestEvents.pageView().eventId(ID).fingerprint("fp1").line();
    String second = TestEvents.pageView().eventId(ID).fingerprint("fp2").line();

    EventBatch batch = EventBatch.of(List.of(first, second), Dedup.NATURAL);

    assertEquals(List.of(first, second), lines(batch.events()));
    assertEquals(new RunCounts(2, 2, 0, 0), batch.counts());
  }

  @Test
  void eventsWithoutFingerprint_areAllKept_evenWithTheSameIdAndLine() {
    String line = TestEvents.pageView().eventId(ID).fingerprint(null).line();

    EventBatch batch = EventBatch.of(List.of(line, line), Dedup.NATURAL);

    assertEquals(List.of(line, line), lines(batch.events()));
    assertEquals(0, batch.counts().duplicatesDropped());
  }

  @Test
  void sameFingerprintOnDifferentIds_isNotADuplicate() {
    String a = TestEvents.pageView().eventId(ID).fingerprint("fp").line();
    String b = TestEvents.pageView().eventId(OTHER_ID).fingerprint("fp").line();

    assertEquals(2, EventBatch.of(List.of(a, b), Dedup.NATURAL).counts().events());
  }

  @Test
  void dedupNone_keepsNaturalDuplicates() {
    String line = TestEvents.pageView().eventId(ID).fingerprint("fp1").line();

    EventBatch batch = EventBatch.of(List.of(line, line), Dedup.NONE);

    assertEquals(new RunCounts(2, 2, 0, 0), batch.counts());
  }

  @Test
  void badLines_becomeBadRowsInLineOrder_andBlankLinesCount() {
    String valid = TestEvents.pageView().line();
    String badInt = TestEvents.pageView().field(Field.TXN_ID, "x").line();

    EventBatch batch = EventBatch.of(List.of("", valid, badInt, "a\tb"), Dedup.NATURAL);

    assertEquals(new RunCounts(4, 1, 3, 0), batch.counts());
    assertEquals(List.of("", badInt, "a\tb"), batch.badRows().stream().map(b -> b.line()).toList());
    assertEquals(ParsingError.NOT_TSV, batch.badRows().get(0).error());
    assertEquals(new ParsingError.FieldNumberMismatch(2), batch.badRows().get(2).error());
  }

  @Test
  void runLines_runsTheModelOverTheEventsKept() {
    Model views = Model.named("views").measure(Measures.count("views")).build();
    String line = TestEvents.pageView().eventId(ID).fingerprint("fp1").line();

    InMemoryExecutor.LinesResult result =
        InMemoryExecutor.runLines(views, List.of(line, line, "junk"), Dedup.NATURAL);

    assertEquals(List.of(ModelRow.of(1L)), result.rows());
    assertEquals(new RunCounts(3, 1, 1, 1), result.counts());
    assertEquals(1, result.badRows().size());
  }

  @Test
  void codePointOrder_isUtf8ByteOrder_notUtf16Order() {
    String supplementary = new String(Character.toChars(0x1F600));
    String highBmp = "\uFF21";
    assertEquals(1, Integer.signum(EventBatch.compareCodePoints(supplementary, highBmp)));
    assertEquals(-1, Integer.signum(supplementary.compareTo(highBmp)));
  }

  private static List<String> lines(List<EnrichedEvent> events) {
    return events.stream().map(EnrichedEvent::line).toList();
  }
}
