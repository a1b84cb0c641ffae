package dev.furrow.app.cli;

import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.report.ConsoleProgress;
import dev.furrow.app.report.SummaryJson;
import dev.furrow.app.report.SummaryTable;
import dev.furrow.app.wiring.FurrowApp;
import dev.furrow.domain.job.JobReport;
import dev.furrow.domain.job.JobRequest;
import dev.furrow.domain.run.RunId;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Command: {@code furrow run}, the main job. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Processes every run folder that the manifest has not recorded as processed: reads and "
          + "parses its events, writes bad lines to furrow.bad-rows.path, runs every configured "
          + "model on Spark, writes the rows to every configured sink, then marks the run "
          + "processed. A run whose share of bad lines exceeds furrow.bad-rows.max-ratio fails "
          + "and stays pending.",
      "Prints a line per run started and finished, then a summary table, also written as JSON "
          + "to furrow.summary.path.",
      "With no --config and no furrow.source.path, runs on the sample runs shipped inside "
          + "Furrow."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every run processed, or nothing to do",
      "1:at least one run failed (the others were still processed)",
      "2:usage or configuration error (nothing was done)"
    })
final class RunCommand implements Callable<Integer> {

  @ParentCommand private FurrowCommand parent;

  @Mixin private ConfigOptions config;

  @Option(
      names = "--runs",
      split = ",",
      paramLabel = "RUN_ID",
      description =
          "Only consider these runs (folder names such as run=2024-05-01-00-00-00, "
              + "comma-separated); each must exist in the source. Runs already processed are "
              + "still skipped.")
  private List<String> runs = new ArrayList<>();

  @Option(
      names = "--dry-run",
      description =
          "List the runs that would be processed; lease, read and write nothing (Spark is not "
              + "started).")
  private boolean dryRun;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description =
          "Process up to N runs in one Spark job (outputs and manifest entries stay per run). "
              + "Default: furrow.batch-size (1).")
  private Integer batch;

  @Override
  public Integer call() throws IOException {
    FurrowSettings settings = config.load();
    if (batch != null) {
      if (batch < 1) {
        throw new UsageException("--batch must be at least 1, was " + batch);
      }
      settings = settings.withBatchSize(batch);
    }
    Optional<Set<RunId>> only = onlyRuns();
    PrintStream out = parent.out();
    settings = SourceChoice.resolve(settings, out);

    Instant started = Instant.now();
    JobReport report;
    try (FurrowApp app = FurrowApp.create(settings, new ConsoleProgress(out))) {
      if (!dryRun) {
        app.checkAdapters();
      }
      JobRequest request =
          new JobRequest(
              app.models(),
              settings.dedup(),
              settings.badRows().maxRatio(),
              only,
              settings.batchSize(),
              dryRun,
              Owner.describe(),
              settings.manifest().leaseTime());
      report = app.runJob().run(request);
    }
    int exitCode = report.anyFailed() ? ExitCodes.FAILED : ExitCodes.OK;
    if (!report.nothingToDo() && !dryRun) {
      out.println();
      out.print(SummaryTable.render(report, settings.models()));
    }
    Path summary =
        SummaryJson.write(
            settings.summaryPath(),
            started,
            Instant.now(),
            dryRun,
            settings.models(),
            report,
            exitCode);
    out.println("Summary written to " + summary.toAbsolutePath().normalize());
    out.flush();
    return exitCode;
  }

  private Optional<Set<RunId>> onlyRuns() {
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    Set<RunId> ids = new LinkedHashSet<>();
    for (String run : runs) {
      try {
        ids.add(RunId.of(run.trim()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--runs: " + e.getMessage(), e);
      }
    }
    return Optional.of(ids);
  }
}
