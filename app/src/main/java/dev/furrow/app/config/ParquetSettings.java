package dev.furrow.app.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Value: the Parquet sink's settings ({@code furrow.parquet}).
 *
 * @param path the root directory of the Parquet output
 */
public record ParquetSettings(Path path) {

  public ParquetSettings {
    Objects.requireNonNull(path, "path");
  }
}
