package dev.furrow.app.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Value: where bad rows go and how many a run may have ({@code furrow.bad-rows}).
 *
 * @param path the root directory of the bad rows
 * @param maxRatio the largest share of bad lines a run may have and still be processed
 */
public record BadRowSettings(Path path, double maxRatio) {

  public BadRowSettings {
    Objects.requireNonNull(path, "path");
  }
}
