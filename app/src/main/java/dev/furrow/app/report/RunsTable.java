package dev.furrow.app.report;

import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders the runs of a source and a manifest as a table: run id, state, attempts, start, end,
 * events, bad lines, error. Runs the manifest has not seen are {@code pending}; runs it knows but
 * the source no longer has are flagged.
 */
public final class RunsTable {

  private static final List<String> HEADER =
      List.of("RUN ID", "STATE", "ATTEMPTS", "STARTED", "ENDED", "EVENTS", "BAD LINES", "ERROR");

  private RunsTable() {}

  public static String render(List<RunFolder> found, List<RunRecord> known, Instant now) {
    Set<RunId> inSource = found.stream().map(RunFolder::id).collect(Collectors.toSet());
    Map<RunId, List<String>> rows = new TreeMap<>();
    for (RunRecord record : known) {
      rows.put(record.runId(), row(record, inSource.contains(record.runId()), now));
    }
    for (RunFolder run : found) {
      rows.computeIfAbsent(
          run.id(), id -> List.of(id.value(), "pending", "0", "-", "-", "-", "-", ""));
    }
    if (rows.isEmpty()) {
      return "No runs: the source has no run folders and the manifest is empty.\n";
    }
    List<List<String>> table = new ArrayList<>();
    table.add(HEADER);
    table.addAll(rows.values());
    int[] widths = new int[HEADER.size()];
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) {
        boolean last = i == row.size() - 1;
        out.append(last ? row.get(i) : pad(row.get(i), widths[i]) + "  ");
      }
      out.append('\n');
    }
    Map<String, Long> byState =
        rows.values().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.get(1).split(" ")[0], TreeMap::new, Collectors.counting()));
    out.append(rows.size())
        .append(" runs: ")
        .append(
            byState.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")))
        .append('\n');
    return out.toString();
  }

  private static List<String> row(RunRecord record, boolean inSource, Instant now) {
    String state = record.state().name().toLowerCase(Locale.ROOT);
    if (record.state() == RunState.PROCESSING
        && record.leaseExpiry().map(expiry -> expiry.isBefore(now)).orElse(false)) {
      state += " (lease expired)";
    }
    if (!inSource) {
      state += " (not in source)";
    }
    return List.of(
        record.runId().value(),
        state,
        Integer.toString(record.attempts()),
        time(record.startedAt()),
        time(record.endedAt()),
        record.stats().map(s -> Long.toString(s.events())).orElse("-"),
        record.stats().map(s -> Long.toString(s.badLines())).orElse("-"),
        record.error().map(RunsTable::oneLine).orElse(""));
  }

  private static String time(Optional<Instant> instant) {
    return instant.map(i -> i.truncatedTo(ChronoUnit.SECONDS).toString()).orElse("-");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
