package dev.furrow.app.report;

import dev.furrow.domain.job.JobListener;
import dev.furrow.domain.job.RunCounts;
import dev.furrow.domain.job.RunReport;
import dev.furrow.domain.run.RunId;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/** Adapter: prints a job's progress, one line per run started and per run finished. */
public final class ConsoleProgress implements JobListener {

  private final PrintStream out;

  public ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void runStarted(RunId runId) {
    out.println(runId + "  started");
    out.flush();
  }

  @Override
  public void runFinished(RunReport report) {
    out.println(report.runId() + "  " + describe(report));
    out.flush();
  }

  @Override
  public void info(String message) {
    out.println(message);
    out.flush();
  }

  static String describe(RunReport report) {
    RunCounts c = report.counts();
    return switch (report.outcome()) {
      case PROCESSED ->
          String.format(
              Locale.ROOT,
              "processed in %.1f s: %d events, %d bad lines, %d duplicates dropped; rows: %s",
              report.elapsed().toMillis() / 1000.0,
              c.events(),
              c.badLines(),
              c.duplicatesDropped(),
              report.rowsByModel().entrySet().stream()
                  .sorted(java.util.Map.Entry.comparingByKey())
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining(", ")));
      case FAILED ->
          "FAILED (not marked processed; it will be retried): " + report.error().orElse("");
      case SKIPPED_LEASED -> "skipped: another process holds its lease";
      case DRY_RUN -> "pending (dry run: nothing done)";
    };
  }
}
