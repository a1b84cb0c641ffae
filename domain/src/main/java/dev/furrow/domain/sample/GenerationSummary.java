package dev.furrow.domain.sample;

import dev.furrow.domain.run.RunId;
import java.nio.file.Path;
import java.util.List;

/**
 * Value: what {@link EventGenerator} wrote, per run and in total.
 *
 * <p>Per run, {@code lines = events + badLines}; {@code events} counts every valid line, duplicates
 * included, so after natural deduplication a run has {@code events - naturalDuplicates} events.
 */
public record GenerationSummary(List<RunSummary> runs) {

  /**
   * Value: one written run folder.
   *
   * @param naturalDuplicates extra copies of earlier lines of this run (same event id, same
   *     fingerprint)
   * @param syntheticDuplicates lines reusing an earlier event id of this run with another
   *     fingerprint
   */
  public record RunSummary(
      RunId runId,
      Path folder,
      List<Path> files,
      long lines,
      long events,
      long badLines,
      long naturalDuplicates,
      long syntheticDuplicates) {

    public RunSummary {
      files = List.copyOf(files);
    }
  }

  public GenerationSummary {
    runs = List.copyOf(runs);
  }

  public long lines() {
    return runs.stream().mapToLong(RunSummary::lines).sum();
  }

  public long events() {
    return runs.stream().mapToLong(RunSummary::events).sum();
  }

  public long badLines() {
    return runs.stream().mapToLong(RunSummary::badLines).sum();
  }

  public long naturalDuplicates() {
    return runs.stream().mapToLong(RunSummary::naturalDuplicates).sum();
  }

  public long syntheticDuplicates() {
    return runs.stream().mapToLong(RunSummary::syntheticDuplicates).sum();
  }
}
