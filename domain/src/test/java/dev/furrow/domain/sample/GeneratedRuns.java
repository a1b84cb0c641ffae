package dev.furrow.domain.sample;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.ParsedLine;
import dev.furrow.domain.local.LocalEventSource;
import dev.furrow.domain.local.LocalRunFiles;
import dev.furrow.domain.run.RunFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helper: reads generated run folders back, line by line and parsed. */
final class GeneratedRuns {

  private GeneratedRuns() {}

  /** The lines of every run under {@code out}, by run folder name, in file order. */
  static Map<String, List<String>> linesByRun(Path out) {
    Map<String, List<String>> runs = new LinkedHashMap<>();
    for (RunFolder run : LocalEventSource.of(out.toString()).listRuns()) {
      try (Stream<String> lines = LocalRunFiles.lines(run)) {
        runs.put(run.id().value(), lines.toList());
      }
    }
    return runs;
  }

  static List<String> allLines(Path out) {
    List<String> all = new ArrayList<>();
    linesByRun(out).values().forEach(all::addAll);
    return all;
  }

  /** The lines that parse into valid events with the validating parser. */
  static List<EnrichedEvent> events(List<String> lines) {
    List<EnrichedEvent> events = new ArrayList<>();
    for (String line : lines) {
      ParsedLine parsed = EventParser.validating().parse(line);
      if (parsed instanceof EnrichedEvent event) {
        events.add(event);
      }
    }
    return events;
  }
}
