package dev.furrow.domain.job;

/**
 * Value: the line counts of one run after parsing and deduplication.
 *
 * @param lines lines read (blank lines included: they are bad rows)
 * @param events valid events kept after deduplication
 * @param badLines lines that became bad rows
 * @param duplicatesDropped natural duplicates removed
 */
public record RunCounts(long lines, long events, long badLines, long duplicatesDropped) {

  /** Share of bad lines among all lines; 0 for an empty run. */
  public double badRatio() {
    return lines == 0 ? 0.0 : (double) badLines / lines;
  }
}
