package dev.furrow.app.config;

/** Choice: which run manifest records the processed runs ({@code furrow.manifest.type}). */
public enum ManifestType implements ConfigChoice {
  /** Files in a local directory ({@code furrow.manifest.path}). */
  LOCAL("local");

  private final String configName;

  ManifestType(String configName) {
    this.configName = configName;
  }

  @Override
  public String configName() {
    return configName;
  }
}
