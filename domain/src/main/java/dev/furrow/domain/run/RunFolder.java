package dev.furrow.domain.run;

import java.net.URI;
import java.util.Objects;

/** Value: a run folder found by an {@link EventSource}: its id and where its files are. */
public record RunFolder(RunId id, URI location) implements Comparable<RunFolder> {

  public RunFolder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
  }

  @Override
  public int compareTo(RunFolder other) {
    return id.compareTo(other.id);
  }
}
