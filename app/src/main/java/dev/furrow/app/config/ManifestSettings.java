package dev.furrow.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Value: where the run manifest is ({@code furrow.manifest}).
 *
 * @param type which manifest
 * @param path the directory of a {@link ManifestType#LOCAL} manifest
 * @param leaseTime how long a lease protects a run being processed
 */
public record ManifestSettings(ManifestType type, Path path, Duration leaseTime) {

  public ManifestSettings {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(leaseTime, "leaseTime");
  }
}
