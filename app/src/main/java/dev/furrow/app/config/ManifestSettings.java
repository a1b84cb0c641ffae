package dev.furrow.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: where the run manifest is ({@code furrow.manifest}).
 *
 * @param type which manifest
 * @param path the directory of a {@link ManifestType#LOCAL} manifest
 * @param table the table of a {@link ManifestType#DYNAMODB} manifest, present for that type
 * @param createTable for {@link ManifestType#DYNAMODB}: create the table at start-up if missing
 * @param runKeyPrefix for {@link ManifestType#DYNAMODB}: the S3 key prefix in front of the run
 *     folder names in the table's {@code RunId} keys, empty or ending with {@code /}
 * @param leaseTime how long a lease protects a run being processed
 */
public record ManifestSettings(
    ManifestType type,
    Path path,
    Optional<String> table,
    boolean createTable,
    String runKeyPrefix,
    Duration leaseTime) {

  public ManifestSettings {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(runKeyPrefix, "runKeyPrefix");
    Objects.requireNonNull(leaseTime, "leaseTime");
    if (type == ManifestType.DYNAMODB && table.isEmpty()) {
      throw new IllegalArgumentException("A DynamoDB manifest needs a table");
    }
  }
}
