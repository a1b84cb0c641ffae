package dev.furrow.domain.run;

import java.util.Map;

/**
 * Value: what processing one run produced.
 *
 * @param lines lines read
 * @param events lines that parsed into valid events
 * @param badLines lines that became bad rows
 * @param duplicatesDropped natural duplicates removed (0 when deduplication is off)
 * @param rowsByModel rows written per model name
 */
public record RunStats(
    long lines, long events, long badLines, long duplicatesDropped, Map<String, Long> rowsByModel) {

  public RunStats {
    rowsByModel = Map.copyOf(rowsByModel);
  }

  /** Share of bad lines among all lines; 0 for an empty run. */
  public double badRatio() {
    return lines == 0 ? 0.0 : (double) badLines / lines;
  }
}
