package dev.furrow.app.config;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the configuration once: layers it ({@code --set} &gt; system properties &gt; {@code
 * --config} file &gt; {@code reference.conf}), rejects unknown or mistyped keys naming their path,
 * and returns immutable {@link FurrowSettings}.
 */
public final class SettingsLoader {

  private final Set<String> modelNames;

  /**
   * @param modelNames the model names {@code furrow.models} may use
   */
  public SettingsLoader(Collection<String> modelNames) {
    this.modelNames = new TreeSet<>(modelNames);
  }

  /**
   * Loads the settings with the JVM's system properties.
   *
   * @throws ConfigurationException when the configuration is invalid, naming the key and where it
   *     was set
   */
  public FurrowSettings load(Optional<Path> file, List<String> overrides) {
    return load(file, overrides, System.getProperties());
  }

  /** Loads the settings with the given system properties (for tests). */
  public FurrowSettings load(
      Optional<Path> file, List<String> overrides, Properties systemProperties) {
    Config reference = ConfigLayers.reference();
    Config effective = ConfigLayers.effective(reference, file, overrides, systemProperties);
    ConfigValidator.validate(effective, reference.resolve());
    return new SettingsParser(effective, List.copyOf(modelNames)).parse();
  }
}
