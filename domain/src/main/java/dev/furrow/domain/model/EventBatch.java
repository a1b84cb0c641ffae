package dev.furrow.domain.model;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.ParsedLine;
import dev.furrow.domain.job.RunCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Value: the lines of one run after validating parsing and deduplication, in memory: the events
 * kept (in line order), the bad rows (in line order) and the counts. This defines what the engines
 * do before models run.
 */
public record EventBatch(List<EnrichedEvent> events, List<BadRow> badRows, RunCounts counts) {

  public EventBatch {
    events = List.copyOf(events);
    badRows = List.copyOf(badRows);
    Objects.requireNonNull(counts, "counts");
  }

  /**
   * Parses {@code lines} with the validating {@link EventParser} (every line that is not a valid
   * event becomes a bad row, blank lines included) and applies {@code dedup}: with {@link
   * Dedup#NATURAL}, of the events sharing event_id and a non-empty event_fingerprint only the one
   * whose line sorts first (by code point, i.e. UTF-8 byte order) is kept.
   */
  public static EventBatch of(Iterable<String> lines, Dedup dedup) {
    EventParser parser = EventParser.validating();
    List<EnrichedEvent> valid = new ArrayList<>();
    List<BadRow> bad = new ArrayList<>();
    long lineCount = 0;
    for (String line : lines) {
      lineCount++;
      ParsedLine parsed = parser.parse(line);
      if (parsed instanceof EnrichedEvent event) {
        valid.add(event);
      } else {
        bad.add((BadRow) parsed);
      }
    }
    List<EnrichedEvent> kept = dedup == Dedup.NATURAL ? dropNaturalDuplicates(valid) : valid;
    RunCounts counts =
        new RunCounts(lineCount, kept.size(), bad.size(), valid.size() - kept.size());
    return new EventBatch(kept, bad, counts);
  }

  private static List<EnrichedEvent> dropNaturalDuplicates(List<EnrichedEvent> events) {
    Map<NaturalKey, EnrichedEvent> firstLine = new HashMap<>();
    for (EnrichedEvent e : events) {
      String fingerprint = e.eventFingerprint();
      if (fingerprint != null) {
        firstLine.merge(
            new NaturalKey(e.eventId(), fingerprint),
            e,
            (a, b) -> compareCodePoints(a.line(), b.line()) <= 0 ? a : b);
      }
    }
    List<EnrichedEvent> kept = new ArrayList<>(events.size());
    for (EnrichedEvent e : events) {
      String fingerprint = e.eventFingerprint();
      if (fingerprint == null || firstLine.get(new NaturalKey(e.eventId(), fingerprint)) == e) {
        kept.add(e);
      }
    }
    return kept;
  }

  /** Orders strings by Unicode code point, which is the order of their UTF-8 bytes. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private record NaturalKey(UUID eventId, String fingerprint) {}
}
