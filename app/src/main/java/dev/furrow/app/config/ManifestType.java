package dev.furrow.app.config;

/** Choice: which run manifest records the processed runs ({@code furrow.manifest.type}). */
public enum ManifestType implements ConfigChoice {
  /** Files in a local directory ({@code furrow.manifest.path}). */
  LOCAL("local"),
  /** A DynamoDB table ({@code furrow.manifest.table}), compatible with the Snowplow SDK's. */
  DYNAMODB("dynamodb");

  private final String configName;

  ManifestType(String configName) {
    this.configName = configName;
  }

  @Override
  public String configName() {
    return configName;
  }
}
