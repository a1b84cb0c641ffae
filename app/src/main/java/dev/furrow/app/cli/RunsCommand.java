package dev.furrow.app.cli;

import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.report.RunsTable;
import dev.furrow.app.wiring.FurrowApp;
import dev.furrow.domain.job.JobListener;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunRecord;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** Command: {@code furrow runs}, the run folders and their state in the manifest. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the run folders: every run the manifest knows (processed, processing, failed, with "
          + "times, counts and errors), and every run folder found in the source that the "
          + "manifest has not seen yet, as pending. Reads only; Spark is not started."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed",
      "1:the source or manifest could not be read",
      "2:usage or configuration error"
    })
final class RunsCommand implements Callable<Integer> {

  @ParentCommand private FurrowCommand parent;

  @Mixin private ConfigOptions config;

  @Override
  public Integer call() {
    FurrowSettings settings = config.load();
    PrintStream out = parent.out();
    settings = SourceChoice.resolve(settings, out);
    try (FurrowApp app = FurrowApp.create(settings, JobListener.silent())) {
      List<RunFolder> found = app.source().listRuns();
      List<RunRecord> known = app.manifest().list();
      out.print(RunsTable.render(found, known, Instant.now()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
