package dev.furrow.domain.job;

import dev.furrow.domain.run.RunId;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Thrown when a job is asked for runs that the event source does not have. */
public final class UnknownRunsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final SortedSet<RunId> missing;

  public UnknownRunsException(Set<RunId> missing) {
    super("No such run folder(s) in the source: " + new TreeSet<>(missing));
    this.missing = new TreeSet<>(missing);
  }

  public SortedSet<RunId> missing() {
    return new TreeSet<>(missing);
  }
}
