package dev.furrow.app.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: where the run folders are ({@code furrow.source}).
 *
 * @param type which kind of source, from the path's scheme
 * @param path the root directory; empty means the sample shipped inside Furrow
 * @param runPattern the glob that folder names must match
 */
public record SourceSettings(SourceType type, Optional<Path> path, String runPattern) {

  public SourceSettings {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(runPattern, "runPattern");
  }

  /** The same settings reading from {@code root}. */
  public SourceSettings withPath(Path root) {
    return new SourceSettings(type, Optional.of(root), runPattern);
  }
}
