package dev.furrow.app.transform;

/**
 * Value: what a transform read.
 *
 * @param lines lines read
 * @param good lines written as JSON events
 * @param bad lines written as bad rows
 * @param unreadableInputs inputs that could not be read (entirely or from some point on)
 */
public record TransformCounts(long lines, long good, long bad, int unreadableInputs) {

  public static final TransformCounts ZERO = new TransformCounts(0, 0, 0, 0);

  /** The sum of two counts. */
  public TransformCounts plus(TransformCounts other) {
    return new TransformCounts(
        lines + other.lines,
        good + other.good,
        bad + other.bad,
        unreadableInputs + other.unreadableInputs);
  }

  /** The summary line printed to stderr. */
  public String summary() {
    return String.format(
        "%d lines read, %d good, %d bad%s",
        lines,
        good,
        bad,
        unreadableInputs == 0 ? "" : ", " + unreadableInputs + " input(s) could not be read");
  }
}
