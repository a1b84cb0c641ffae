package dev.furrow.aws.dynamodb;

import dev.furrow.domain.run.RunId;
import java.util.Objects;
import java.util.Optional;

/**
 * The table's {@code RunId} key of each run: the run folder's S3 key prefix without the bucket and
 * with a trailing slash ({@code enriched/good/run=2017-07-17-22-40-30/}), the form the Snowplow
 * SDKs' {@code listRunIds} returns and their users store.
 *
 * @param prefix the key prefix of the folder that holds the run folders: empty (bucket root) or
 *     ending with {@code /}
 */
record RunKeys(String prefix) {

  RunKeys {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.isEmpty() && (!prefix.endsWith("/") || prefix.startsWith("/"))) {
      throw new IllegalArgumentException(
          "Run key prefix must be empty or end with '/' (and not start with it): '" + prefix + "'");
    }
  }

  String keyOf(RunId runId) {
    return prefix + runId.value() + "/";
  }

  /** The run whose key this is, or empty for a key of another folder (or not of a run folder). */
  Optional<RunId> runIdOf(String key) {
    if (!key.startsWith(prefix) || !key.endsWith("/") || key.length() < prefix.length() + 2) {
      return Optional.empty();
    }
    String name = key.substring(prefix.length(), key.length() - 1);
    if (name.contains("/")) {
      return Optional.empty();
    }
    try {
      return Optional.of(RunId.of(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
