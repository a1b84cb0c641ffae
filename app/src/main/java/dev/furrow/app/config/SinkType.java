package dev.furrow.app.config;

/** Choice: where model rows are written ({@code furrow.sinks}). */
public enum SinkType implements ConfigChoice {
  /** Parquet files under {@code furrow.parquet.path}. */
  PARQUET("parquet"),
  /** PostgreSQL tables in the database of {@code furrow.postgres}. */
  POSTGRES("postgres");

  private final String configName;

  SinkType(String configName) {
    this.configName = configName;
  }

  @Override
  public String configName() {
    return configName;
  }
}
