package dev.furrow.app.config;

import java.util.List;

/** Choice: where run folders are read from, decided by the scheme of {@code furrow.source.path}. */
public enum SourceType implements ConfigChoice {
  /** A local directory (a plain path or a {@code file:} URI). */
  LOCAL("file"),
  /**
   * An S3 prefix ({@code s3a://bucket/prefix/}; {@code s3://} and {@code s3n://} are accepted too):
   * listed with the AWS SDK, read by Spark through Hadoop's S3A connector.
   */
  S3("s3a", "s3", "s3n");

  private final List<String> schemes;

  SourceType(String... schemes) {
    this.schemes = List.of(schemes);
  }

  /** The main URI scheme that selects this source. */
  @Override
  public String configName() {
    return schemes.get(0);
  }

  /** Every URI scheme that selects this source. */
  public List<String> schemes() {
    return schemes;
  }
}
