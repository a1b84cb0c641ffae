package dev.furrow.domain.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Value: what {@link EventGenerator} writes.
 *
 * @param runs number of run folders
 * @param linesPerRun lines written into each run folder, duplicates and malformed lines included
 * @param seed the same seed (and options) always gives byte-identical files
 * @param gzip write {@code part-NNNNN.tsv.gz} instead of {@code part-NNNNN.tsv}
 * @param malformedLines include ~0.3% malformed lines (bad rows)
 * @param duplicates include ~0.5% natural duplicates (identical lines) and ~0.2% synthetic
 *     duplicates (an earlier event id with a different fingerprint)
 * @param firstRun the time in the first run folder's name; events of a run are collected in the
 *     {@code runInterval} before its time, so with the default (22:30 UTC, hourly) the third run
 *     straddles midnight
 * @param runInterval time between consecutive runs
 * @param linesPerPart a run's lines are split into part files of at most this many lines
 */
public record GeneratorOptions(
    int runs,
    long linesPerRun,
    long seed,
    boolean gzip,
    boolean malformedLines,
    boolean duplicates,
    Instant firstRun,
    Duration runInterval,
    long linesPerPart) {

  public static final Instant DEFAULT_FIRST_RUN = Instant.parse("2024-05-01T22:30:00Z");
  public static final long DEFAULT_LINES_PER_PART = 200_000;

  public GeneratorOptions {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1: " + runs);
    }
    if (linesPerRun < 0) {
      throw new IllegalArgumentException("linesPerRun must not be negative: " + linesPerRun);
    }
    Objects.requireNonNull(firstRun, "firstRun");
    Objects.requireNonNull(runInterval, "runInterval");
    if (runInterval.compareTo(Duration.ofSeconds(1)) < 0
        || runInterval.getNano() != 0
        || firstRun.getNano() != 0) {
      throw new IllegalArgumentException(
          "firstRun and runInterval must be whole seconds and runInterval at least 1 s");
    }
    if (linesPerPart < 1) {
      throw new IllegalArgumentException("linesPerPart must be at least 1: " + linesPerPart);
    }
  }

  /** Hourly runs from {@link #DEFAULT_FIRST_RUN}, plain text, with duplicates and bad lines. */
  public static GeneratorOptions of(int runs, long linesPerRun, long seed) {
    return new GeneratorOptions(
        runs,
        linesPerRun,
        seed,
        false,
        true,
        true,
        DEFAULT_FIRST_RUN,
        Duration.ofHours(1),
        DEFAULT_LINES_PER_PART);
  }

  /** {@code totalLines} spread over {@code runs} runs (rounded up to a multiple of runs). */
  public static GeneratorOptions ofTotal(int runs, long totalLines, long seed) {
    return of(runs, (totalLines + runs - 1) / Math.max(1, runs), seed);
  }

  public GeneratorOptions withGzip(boolean gzip) {
    return new GeneratorOptions(
        runs,
        linesPerRun,
        seed,
        gzip,
        malformedLines,
        duplicates,
        firstRun,
        runInterval,
        linesPerPart);
  }

  public GeneratorOptions withMalformedLines(boolean malformedLines) {
    return new GeneratorOptions(
        runs,
        linesPerRun,
        seed,
        gzip,
        malformedLines,
        duplicates,
        firstRun,
        runInterval,
        linesPerPart);
  }

  public GeneratorOptions withDuplicates(boolean duplicates) {
    return new GeneratorOptions(
        runs,
        linesPerRun,
        seed,
        gzip,
        malformedLines,
        duplicates,
        firstRun,
        runInterval,
        linesPerPart);
  }

  public GeneratorOptions withSchedule(Instant firstRun, Duration runInterval) {
    return new GeneratorOptions(
        runs,
        linesPerRun,
        seed,
        gzip,
        malformedLines,
        duplicates,
        firstRun.truncatedTo(ChronoUnit.SECONDS),
        runInterval,
        linesPerPart);
  }

  public GeneratorOptions withLinesPerPart(long linesPerPart) {
    return new GeneratorOptions(
        runs,
        linesPerRun,
        seed,
        gzip,
        malformedLines,
        duplicates,
        firstRun,
        runInterval,
        linesPerPart);
  }
}
