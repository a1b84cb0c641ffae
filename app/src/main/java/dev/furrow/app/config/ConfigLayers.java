package dev.furrow.app.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Builds the effective configuration from its layers, highest precedence first: {@code --set}
 * overrides, JVM system properties, the {@code --config} file, {@code reference.conf}.
 */
final class ConfigLayers {

  private ConfigLayers() {}

  /** The reference configuration, unresolved, as shipped in the jar. */
  static Config reference() {
    Config reference =
        ConfigFactory.parseResources(
            ConfigLayers.class.getClassLoader(),
            "reference.conf",
            ConfigParseOptions.defaults().setAllowMissing(false));
    if (!reference.hasPath("furrow")) {
      throw new IllegalStateException(
          "reference.conf with a 'furrow' section is not on the classpath");
    }
    return reference;
  }

  /** Merges and resolves the layers. */
  static Config effective(
      Config reference, Optional<Path> file, List<String> overrides, Properties systemProperties) {
    Config fromFile = file.map(ConfigLayers::parseFile).orElse(ConfigFactory.empty());
    Config fromSystem =
        ConfigFactory.parseProperties(
            systemProperties,
            ConfigParseOptions.defaults().setOriginDescription("system properties"));
    Config merged =
        parseOverrides(overrides)
            .withFallback(fromSystem)
            .withFallback(fromFile)
            .withFallback(reference);
    try {
      return merged.resolve();
    } catch (ConfigException e) {
      throw new ConfigurationException("Invalid configuration: " + e.getMessage(), e);
    }
  }

  private static Config parseFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException("Configuration file not found: " + file.toAbsolutePath());
    }
    if (!Files.isReadable(file)) {
      throw new ConfigurationException("Configuration file not readable: " + file.toAbsolutePath());
    }
    try {
      return ConfigFactory.parseFile(
          file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    } catch (ConfigException e) {
      throw new ConfigurationException("Cannot parse configuration file: " + e.getMessage(), e);
    }
  }

  /**
   * Parses {@code KEY=VALUE} overrides. A value that starts with {@code [}, <code>{</code> or
   * {@code "} is read as HOCON (lists, objects, quoted strings); any other value is taken as a
   * plain string, which Typesafe Config converts to a number, boolean or duration on demand (so
   * {@code local[*]} or {@code s3a://bucket/x} need no quoting).
   */
  static Config parseOverrides(List<String> overrides) {
    Config result = ConfigFactory.empty();
    for (String override : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        throw new ConfigurationException(
            "--set expects KEY=VALUE, e.g. --set furrow.dedup=natural; got '" + override + "'");
      }
      String key = override.substring(0, eq).trim();
      String text = override.substring(eq + 1).trim();
      try {
        ConfigUtil.splitPath(key);
      } catch (ConfigException e) {
        throw new ConfigurationException("--set: '" + key + "' is not a valid key path", e);
      }
      // A later --set of the same key wins, as on most command lines.
      result = withValue(key, parseValue(key, text)).withFallback(result);
    }
    return result;
  }

  private static Config withValue(String key, ConfigValue value) {
    return value.atPath(key);
  }

  private static ConfigValue parseValue(String key, String text) {
    String origin = "--set " + key;
    if (text.startsWith("[") || text.startsWith("{") || text.startsWith("\"")) {
      try {
        return ConfigFactory.parseString(
                "v = " + text,
                ConfigParseOptions.defaults()
                    .setSyntax(ConfigSyntax.CONF)
                    .setOriginDescription(origin))
            .getValue("v");
      } catch (ConfigException e) {
        if (isSecret(key)) {
          // Neither the value nor the parser's message (which quotes it) may reach the user.
          throw new ConfigurationException(
              "--set " + key + ": cannot parse the value (hidden: it is a secret)");
        }
        throw new ConfigurationException(
            "--set " + key + ": cannot parse value '" + text + "': " + e.getMessage(), e);
      }
    }
    return ConfigValueFactory.fromAnyRef(text, origin);
  }

  /** Whether a key holds a secret whose value must never be echoed (e.g. a password). */
  static boolean isSecret(String key) {
    String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    return last.contains("password") || last.contains("secret");
  }
}
