package dev.furrow.app.report;

import dev.furrow.domain.job.JobReport;
import dev.furrow.domain.job.RunOutcome;
import dev.furrow.domain.job.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a job's summary as a text table: run id, outcome, events, bad lines, duplicates dropped,
 * rows per model, seconds; then a total line and the error of each failed run.
 */
public final class SummaryTable {

  private SummaryTable() {}

  public static String render(JobReport report, List<String> models) {
    List<String> header =
        new ArrayList<>(List.of("RUN ID", "OUTCOME", "EVENTS", "BAD LINES", "DUPLICATES DROPPED"));
    models.forEach(m -> header.add("ROWS " + m));
    header.add("SECONDS");

    List<List<String>> rows = new ArrayList<>();
    long events = 0;
    long bad = 0;
    long duplicates = 0;
    long[] rowTotals = new long[models.size()];
    double seconds = 0;
    for (RunReport run : report.runs()) {
      boolean read = run.outcome() == RunOutcome.PROCESSED || run.outcome() == RunOutcome.FAILED;
      List<String> row = new ArrayList<>();
      row.add(run.runId().value());
      row.add(run.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      row.add(read ? Long.toString(run.counts().events()) : "-");
      row.add(read ? Long.toString(run.counts().badLines()) : "-");
      row.add(read ? Long.toString(run.counts().duplicatesDropped()) : "-");
      for (int i = 0; i < models.size(); i++) {
        Long count = run.rowsByModel().get(models.get(i));
        row.add(count == null ? "-" : Long.toString(count));
        rowTotals[i] += count == null ? 0 : count;
      }
      double runSeconds = run.elapsed().toMillis() / 1000.0;
      row.add(read ? String.format(Locale.ROOT, "%.1f", runSeconds) : "-");
      rows.add(row);
      events += run.counts().events();
      bad += run.counts().badLines();
      duplicates += run.counts().duplicatesDropped();
      seconds += runSeconds;
    }
    List<String> total = new ArrayList<>();
    total.add("TOTAL (" + report.runs().size() + " runs)");
    total.add(outcomes(report));
    total.add(Long.toString(events));
    total.add(Long.toString(bad));
    total.add(Long.toString(duplicates));
    for (long t : rowTotals) {
      total.add(Long.toString(t));
    }
    total.add(String.format(Locale.ROOT, "%.1f", seconds));

    StringBuilder out = new StringBuilder();
    int[] widths = widths(header, rows, total);
    appendRow(out, header, widths);
    appendRule(out, widths);
    rows.forEach(r -> appendRow(out, r, widths));
    appendRule(out, widths);
    appendRow(out, total, widths);
    for (RunReport run : report.runs()) {
      run.error()
          .ifPresent(e -> out.append(run.runId()).append(" failed: ").append(e).append('\n'));
    }
    return out.toString();
  }

  private static String outcomes(JobReport report) {
    long processed =
        report.runs().stream().filter(r -> r.outcome() == RunOutcome.PROCESSED).count();
    long failed = report.runs().stream().filter(r -> r.outcome() == RunOutcome.FAILED).count();
    return processed + " ok, " + failed + " failed";
  }

  private static int[] widths(List<String> header, List<List<String>> rows, List<String> total) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>(rows);
    all.add(header);
    all.add(total);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - cell.length());
      // Text columns align left, numbers right.
      out.append(i < 2 ? cell + padding : padding + cell);
      out.append(i == cells.size() - 1 ? "\n" : "  ");
    }
  }

  private static void appendRule(StringBuilder out, int[] widths) {
    for (int i = 0; i < widths.length; i++) {
      out.append("-".repeat(widths[i])).append(i == widths.length - 1 ? "\n" : "  ");
    }
  }
}
