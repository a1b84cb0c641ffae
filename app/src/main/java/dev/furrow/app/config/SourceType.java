package dev.furrow.app.config;

/** Choice: where run folders are read from, decided by the scheme of {@code furrow.source.path}. */
public enum SourceType implements ConfigChoice {
  /** A local directory (a plain path or a {@code file:} URI). */
  LOCAL("file");

  private final String configName;

  SourceType(String configName) {
    this.configName = configName;
  }

  /** The URI scheme that selects this source. */
  @Override
  public String configName() {
    return configName;
  }
}
