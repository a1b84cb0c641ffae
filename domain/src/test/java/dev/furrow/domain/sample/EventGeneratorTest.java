package dev.furrow.domain.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.Field;
import dev.furrow.domain.local.LocalEventSource;
import dev.furrow.domain.sample.GenerationSummary.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventGeneratorTest {

  @TempDir Path dir;

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static void assertSameFiles(Path a, Path b) throws IOException {
    List<Path> files = filesUnder(a);
    assertEquals(files, filesUnder(b));
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(a.resolve(file)),
          Files.readAllBytes(b.resolve(file)),
          file.toString());
    }
  }

  @Test
  void sameSeed_writesIdenticalBytes_plainAndGzip() throws IOException {
    GeneratorOptions options = GeneratorOptions.of(3, 3_000, 7).withLinesPerPart(1_000);

    EventGenerator.generate(dir.resolve("a"), options);
    EventGenerator.generate(dir.resolve("b"), options);
    EventGenerator.generate(dir.resolve("a-gz"), options.withGzip(true));
    EventGenerator.generate(dir.resolve("b-gz"), options.withGzip(true));

    assertSameFiles(dir.resolve("a"), dir.resolve("b"));
    assertSameFiles(dir.resolve("a-gz"), dir.resolve("b-gz"));
    assertEquals(
        GeneratedRuns.linesByRun(dir.resolve("a")), GeneratedRuns.linesByRun(dir.resolve("a-gz")));
  }

  @Test
  void otherSeed_writesOtherEvents() {
    EventGenerator.generate(dir.resolve("a"), 1, 500, 1, false);
    EventGenerator.generate(dir.resolve("b"), 1, 500, 2, false);

    Set<String> a = new HashSet<>(GeneratedRuns.allLines(dir.resolve("a")));
    long shared = GeneratedRuns.allLines(dir.resolve("b")).stream().filter(a::contains).count();
    assertEquals(0, shared);
  }

  @Test
  void runFolders_areHourly_withPartFilesAndSuccessMarkers() throws IOException {
    GenerationSummary summary =
        EventGenerator.generate(
            dir, GeneratorOptions.of(3, 2_500, 3).withLinesPerPart(1_000).withGzip(true));

    assertEquals(
        List.of("run=2024-05-01-22-30-00", "run=2024-05-01-23-30-00", "run=2024-05-02-00-30-00"),
        LocalEventSource.of(dir.toString()).listRuns().stream().map(r -> r.id().value()).toList());
    for (RunSummary run : summary.runs()) {
      assertEquals(
          List.of("_SUCCESS", "part-00000.tsv.gz", "part-00001.tsv.gz", "part-00002.tsv.gz"),
          filesUnder(run.folder()).stream().map(Path::toString).toList());
      assertEquals(3, run.files().size());
    }
    Map<String, List<String>> lines = GeneratedRuns.linesByRun(dir);
    lines.values().forEach(run -> assertEquals(2_500, run.size()));
  }

  @Test
  void summary_countsWhatIsInTheFiles() {
    GenerationSummary summary =
        EventGenerator.generate(dir, GeneratorOptions.of(4, 6_000, 11).withLinesPerPart(2_500));

    Map<String, List<String>> byRun = GeneratedRuns.linesByRun(dir);
    assertEquals(24_000, summary.lines());
    for (RunSummary run : summary.runs()) {
      List<String> lines = byRun.get(run.runId().value());
      assertEquals(run.lines(), lines.size());
      assertEquals(run.lines(), run.events() + run.badLines());
      List<EnrichedEvent> events = GeneratedRuns.events(lines);
      assertEquals(run.events(), events.size(), "valid lines of " + run.runId());
      Set<String> distinctGood = new HashSet<>();
      Set<String> ids = new HashSet<>();
      for (EnrichedEvent e : events) {
        distinctGood.add(e.line());
        ids.add(e.raw(Field.EVENT_ID));
      }
      assertEquals(run.naturalDuplicates(), events.size() - distinctGood.size());
      assertEquals(run.syntheticDuplicates(), distinctGood.size() - ids.size());
    }
    assertShare(summary.badLines(), summary.lines(), 0.003);
    assertShare(summary.naturalDuplicates(), summary.lines(), 0.005);
    assertShare(summary.syntheticDuplicates(), summary.lines(), 0.002);
  }

  private static void assertShare(long count, long total, double expected) {
    double share = (double) count / total;
    assertTrue(
        share > expected * 0.5 && share < expected * 1.6,
        "share " + share + " should be about " + expected);
  }

  @Test
  void duplicatesAndMalformedLines_canBeSwitchedOff() {
    GenerationSummary summary =
        EventGenerator.generate(
            dir, GeneratorOptions.of(2, 3_000, 5).withDuplicates(false).withMalformedLines(false));

    List<String> lines = GeneratedRuns.allLines(dir);
    List<EnrichedEvent> events = GeneratedRuns.events(lines);
    assertEquals(6_000, events.size());
    assertEquals(
        0, summary.badLines() + summary.naturalDuplicates() + summary.syntheticDuplicates());
    assertEquals(6_000, new HashSet<>(lines).size());
    assertEquals(6_000, events.stream().map(e -> e.raw(Field.EVENT_ID)).distinct().count());
  }

  @Test
  void totalLines_areSpreadOverRuns() {
    GenerationSummary summary =
        EventGenerator.generate(dir, GeneratorOptions.ofTotal(3, 1_000, 1).withGzip(false));

    assertEquals(3, summary.runs().size());
    assertEquals(
        List.of(334L, 334L, 334L), summary.runs().stream().map(RunSummary::lines).toList());
  }

  @Test
  void existingRunFolder_isNotOverwritten() throws IOException {
    Path existing = Files.createDirectories(dir.resolve("run=2024-05-01-22-30-00"));
    Files.writeString(existing.resolve("part-00000.tsv"), "keep me\n");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> EventGenerator.generate(dir, 1, 10, 1, false));
    assertTrue(e.getMessage().contains(existing.toString()), e.getMessage());
    assertEquals("keep me\n", Files.readString(existing.resolve("part-00000.tsv")));
  }

  @Test
  void invalidOptions_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(1, -1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> GeneratorOptions.of(1, 10, 1).withLinesPerPart(0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GeneratorOptions.of(1, 10, 1)
                .withSchedule(GeneratorOptions.DEFAULT_FIRST_RUN, Duration.ofMillis(1500)));
  }

  @Test
  void emptyRuns_areWrittenAsEmptyFolders() throws IOException {
    GenerationSummary summary = EventGenerator.generate(dir, 2, 0, 1, false);

    assertEquals(0, summary.lines());
    assertFalse(summary.runs().isEmpty());
    assertEquals(List.of(Path.of("_SUCCESS")), filesUnder(summary.runs().get(0).folder()));
  }
}
