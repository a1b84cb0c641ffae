package dev.furrow.aws.s3;

import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunPattern;
import java.util.Optional;

/**
 * Which listed "sub-folders" are run folders: a common prefix {@code <root prefix><name>/} is one
 * when {@code name} is not hidden (starts with neither {@code .} nor {@code _}, as Spark's and
 * Hadoop's scratch folders do), matches the pattern and is a valid run id.
 */
final class RunFolderNames {

  private RunFolderNames() {}

  /** The folder's name, if it is a run folder; empty otherwise. */
  static Optional<String> matchingName(String rootPrefix, String folder, RunPattern pattern) {
    if (!folder.startsWith(rootPrefix)
        || !folder.endsWith("/")
        || folder.length() < rootPrefix.length() + 2) {
      return Optional.empty();
    }
    String name = folder.substring(rootPrefix.length(), folder.length() - 1);
    if (name.contains("/") || name.startsWith(".") || name.startsWith("_")) {
      return Optional.empty();
    }
    return pattern.matches(name) ? Optional.of(name) : Optional.empty();
  }

  /** The run id of a matching name; empty when the name is not a valid run id. */
  static Optional<RunId> runId(String name) {
    try {
      return Optional.of(RunId.of(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
