package dev.furrow.app.cli;

import dev.furrow.domain.sample.EventGenerator;
import dev.furrow.domain.sample.GenerationSummary;
import dev.furrow.domain.sample.GeneratorOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Command: {@code furrow generate}, realistic sample events in run folders. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes realistic Snowplow enriched events (every field valid: page views, page pings, "
          + "structured and self-describing events with web_page contexts, skewed countries and "
          + "pages) into hourly run folders DIR/run=yyyy-MM-dd-HH-mm-ss/part-NNNNN.tsv[.gz] with "
          + "a _SUCCESS marker.",
      "About 0.5%% natural and 0.2%% synthetic duplicates and 0.3%% malformed lines are mixed in "
          + "unless switched off. The same options always give byte-identical files."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "1:a file could not be written",
      "2:usage error, including a run folder that already exists (nothing is overwritten)"
    })
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand private FurrowCommand parent;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the run folders into (created if missing).")
  private Path out;

  @Option(
      names = "--runs",
      required = true,
      paramLabel = "R",
      description = "Number of run folders, one per hour.")
  private int runs;

  @Option(
      names = "--events",
      required = true,
      paramLabel = "N",
      description =
          "Total number of lines over all runs, spread evenly (rounded up to a multiple of R); "
              + "duplicates and malformed lines included.")
  private long events;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed; the same seed gives the same files. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--gzip", description = "Write gzip part files (part-NNNNN.tsv.gz).")
  private boolean gzip;

  @Option(
      names = "--first-run",
      paramLabel = "TIME",
      defaultValue = "2024-05-01T22:30:00Z",
      description =
          "Time of the first run folder (UTC, ISO-8601); later runs follow hourly. Use a later "
              + "time to add new runs next to existing ones. Default: ${DEFAULT-VALUE}.")
  private Instant firstRun;

  @Option(names = "--no-duplicates", description = "Write no natural or synthetic duplicates.")
  private boolean noDuplicates;

  @Option(names = "--no-bad-lines", description = "Write no malformed lines.")
  private boolean noBadLines;

  @Override
  public Integer call() {
    if (runs < 1) {
      throw new UsageException("--runs must be at least 1, was " + runs);
    }
    if (events < runs) {
      throw new UsageException("--events must be at least --runs (" + runs + "), was " + events);
    }
    GeneratorOptions options =
        GeneratorOptions.ofTotal(runs, events, seed)
            .withGzip(gzip)
            .withDuplicates(!noDuplicates)
            .withMalformedLines(!noBadLines)
            .withSchedule(firstRun, Duration.ofHours(1));
    GenerationSummary summary;
    try {
      summary = EventGenerator.generate(out, options);
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage(), e);
    }
    PrintStream stdout = parent.out();
    for (GenerationSummary.RunSummary run : summary.runs()) {
      stdout.printf(
          "%s  %d lines: %d events (%d natural, %d synthetic duplicates), %d malformed%n",
          run.folder(),
          run.lines(),
          run.events(),
          run.naturalDuplicates(),
          run.syntheticDuplicates(),
          run.badLines());
    }
    stdout.printf(
        "Wrote %d runs, %d lines (%d malformed) under %s%n",
        summary.runs().size(),
        summary.lines(),
        summary.badLines(),
        out.toAbsolutePath().normalize());
    stdout.flush();
    return ExitCodes.OK;
  }
}
