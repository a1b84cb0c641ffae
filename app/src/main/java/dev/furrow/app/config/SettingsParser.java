package dev.furrow.app.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.furrow.aws.AwsSettings;
import dev.furrow.aws.s3.S3Location;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.run.RunPattern;
import dev.furrow.sinks.postgres.PostgresSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a validated configuration into {@link FurrowSettings}, checking each value's range. */
final class SettingsParser {

  private final Config config;
  private final List<String> modelNames;

  SettingsParser(Config config, List<String> modelNames) {
    this.config = config;
    this.modelNames = modelNames.stream().sorted().toList();
  }

  FurrowSettings parse() {
    try {
      List<SinkType> sinks = sinks();
      SourceSettings source = source();
      return new FurrowSettings(
          new SparkSettings(nonEmptyString("furrow.spark.master"), flatConf("furrow.spark.conf")),
          aws(),
          source,
          manifest(source),
          models(),
          dedup(),
          sinks,
          new ParquetSettings(localPath("furrow.parquet.path")),
          sinks.contains(SinkType.POSTGRES) ? Optional.of(postgres()) : Optional.empty(),
          new BadRowSettings(localPath("furrow.bad-rows.path"), ratio("furrow.bad-rows.max-ratio")),
          atLeastOne("furrow.batch-size"),
          localPath("furrow.summary.path"),
          localPath("furrow.sample.path"));
    } catch (ConfigException e) {
      throw new ConfigurationException("Invalid configuration: " + e.getMessage(), e);
    }
  }

  private SourceSettings source() {
    String key = "furrow.source.path";
    String runPattern = runPattern("furrow.source.run-pattern");
    boolean skipArchived = config.getBoolean("furrow.source.skip-archived");
    if (config.getIsNull(key)) {
      return new SourceSettings(SourceType.LOCAL, Optional.empty(), runPattern, skipArchived);
    }
    String text = nonEmptyString(key);
    String scheme = scheme(text).orElse(SourceType.LOCAL.configName());
    SourceType type =
        Arrays.stream(SourceType.values())
            .filter(t -> t.schemes().contains(scheme))
            .findFirst()
            .orElseThrow(
                () ->
                    problem(
                        key,
                        "'"
                            + text
                            + "' has an unsupported scheme '"
                            + scheme
                            + "'; allowed: a plain path or "
                            + Arrays.stream(SourceType.values())
                                .flatMap(t -> t.schemes().stream())
                                .map(s -> s + "://")
                                .collect(Collectors.joining(", "))
                            + " URIs"));
    return switch (type) {
      case LOCAL ->
          new SourceSettings(
              type, Optional.of(toLocalPath(key, text).toString()), runPattern, skipArchived);
      case S3 -> {
        try {
          S3Location.parse(text);
        } catch (IllegalArgumentException e) {
          throw problem(key, e.getMessage());
        }
        yield new SourceSettings(type, Optional.of(text), runPattern, skipArchived);
      }
    };
  }

  /** {@code furrow.aws}; credentials are never configuration (AWS default provider chain). */
  private AwsSettings aws() {
    AwsSettings aws = AwsSettings.defaults();
    Optional<String> region = optionalString("furrow.aws.region");
    if (region.isPresent()) {
      aws = aws.withRegion(region.get());
    }
    boolean pathStyle = config.getBoolean("furrow.aws.path-style-access");
    Optional<URI> s3 = endpoint("furrow.aws.s3-endpoint");
    Optional<URI> dynamoDb = endpoint("furrow.aws.dynamodb-endpoint");
    return new AwsSettings(aws.region(), s3, dynamoDb, pathStyle, aws.retry());
  }

  private Optional<URI> endpoint(String key) {
    Optional<String> text = optionalString(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.get());
      String scheme = uri.getScheme();
      if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
        throw problem(key, "'" + text.get() + "' must be an http:// or https:// URL with a host");
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      throw problem(key, "'" + text.get() + "' is not a valid URL: " + e.getMessage());
    }
  }

  /** {@code furrow.manifest}; the DynamoDB run key prefix defaults to the S3 source's prefix. */
  private ManifestSettings manifest(SourceSettings source) {
    ManifestType type = choice("furrow.manifest.type", ManifestType.class);
    String tableKey = "furrow.manifest.table";
    Optional<String> table = optionalString(tableKey);
    if (type == ManifestType.DYNAMODB) {
      if (table.isEmpty()) {
        throw problem(tableKey, "must be set when furrow.manifest.type = dynamodb");
      }
      if (!table.get().matches("[A-Za-z0-9_.-]{3,255}")) {
        throw problem(
            tableKey,
            "'"
                + table.get()
                + "' is not a DynamoDB table name (3 to 255 letters, digits, '_', '-', '.')");
      }
    }
    return new ManifestSettings(
        type,
        localPath("furrow.manifest.path"),
        table,
        config.getBoolean("furrow.manifest.create-table"),
        runKeyPrefix(source),
        positiveDuration("furrow.manifest.lease-time"));
  }

  private String runKeyPrefix(SourceSettings source) {
    String key = "furrow.manifest.run-key-prefix";
    if (config.getIsNull(key)) {
      return switch (source.type()) {
        case LOCAL -> "";
        case S3 -> source.s3Location().prefixOrEmpty();
      };
    }
    String prefix = config.getString(key);
    if (prefix.startsWith("/")) {
      throw problem(key, "'" + prefix + "' must not start with '/' (an S3 key prefix, no bucket)");
    }
    return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
  }

  /** A string that may be null or empty in configuration: both mean not set. */
  private Optional<String> optionalString(String key) {
    if (config.getIsNull(key)) {
      return Optional.empty();
    }
    String text = config.getString(key).trim();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private String runPattern(String key) {
    String glob = nonEmptyString(key);
    try {
      return RunPattern.of(glob).glob();
    } catch (IllegalArgumentException e) {
      throw problem(key, e.getMessage());
    }
  }

  private List<String> models() {
    String key = "furrow.models";
    List<String> names = config.getStringList(key);
    if (names.isEmpty()) {
      throw problem(
          key, "needs at least one model; known models: " + String.join(", ", modelNames));
    }
    for (String name : names) {
      if (!modelNames.contains(name)) {
        throw problem(
            key,
            "unknown model '"
                + name
                + "'; known models: "
                + String.join(", ", modelNames)
                + Suggestions.closest(name, modelNames)
                    .map(s -> " (did you mean " + s + "?)")
                    .orElse(""));
      }
    }
    return List.copyOf(new LinkedHashSet<>(names));
  }

  private Dedup dedup() {
    String key = "furrow.dedup";
    String text = config.getString(key);
    return Arrays.stream(Dedup.values())
        .filter(d -> d.name().toLowerCase(Locale.ROOT).equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                problem(
                    key,
                    "unknown value '"
                        + text
                        + "'; allowed values: "
                        + Arrays.stream(Dedup.values())
                            .map(d -> d.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))));
  }

  private List<SinkType> sinks() {
    String key = "furrow.sinks";
    List<String> names = config.getStringList(key);
    if (names.isEmpty()) {
      throw problem(key, "needs at least one sink; allowed values: " + allowed(SinkType.class));
    }
    Set<SinkType> sinks = new LinkedHashSet<>();
    for (String name : names) {
      sinks.add(choose(key, name, SinkType.class));
    }
    return List.copyOf(sinks);
  }

  /**
   * {@code furrow.postgres}, checked by {@link PostgresSettings} itself; its messages never show
   * the password, and neither do these.
   */
  private PostgresSettings postgres() {
    String urlKey = "furrow.postgres.url";
    String schemaKey = "furrow.postgres.schema";
    String user = config.getString("furrow.postgres.user");
    String password = config.getString("furrow.postgres.password");
    PostgresSettings settings;
    try {
      settings = PostgresSettings.of(nonEmptyString(urlKey), user, password);
    } catch (IllegalArgumentException e) {
      throw problem(urlKey, e.getMessage());
    }
    try {
      return settings.withSchema(nonEmptyString(schemaKey));
    } catch (IllegalArgumentException e) {
      throw problem(schemaKey, e.getMessage());
    }
  }

  private Map<String, String> flatConf(String key) {
    Map<String, String> flat = new LinkedHashMap<>();
    flatten(config.getObject(key), new ArrayList<>(ConfigUtil.splitPath(key)), flat, key);
    return flat;
  }

  private void flatten(ConfigObject object, List<String> at, Map<String, String> out, String root) {
    for (Map.Entry<String, ConfigValue> entry : object.entrySet()) {
      List<String> path = new ArrayList<>(at);
      path.add(entry.getKey());
      ConfigValue value = entry.getValue();
      if (value instanceof ConfigObject child) {
        flatten(child, path, out, root);
      } else if (value.valueType() == ConfigValueType.LIST) {
        throw problem(
            ConfigUtil.joinPath(path),
            "Spark properties must be strings, numbers or booleans, not lists");
      } else if (value.valueType() != ConfigValueType.NULL) {
        String sparkKey =
            String.join(".", path.subList(ConfigUtil.splitPath(root).size(), path.size()));
        out.put(sparkKey, String.valueOf(value.unwrapped()));
      }
    }
  }

  private <E extends Enum<E> & ConfigChoice> E choice(String key, Class<E> type) {
    return choose(key, config.getString(key), type);
  }

  private <E extends Enum<E> & ConfigChoice> E choose(String key, String text, Class<E> type) {
    for (E value : type.getEnumConstants()) {
      if (value.configName().equals(text)) {
        return value;
      }
    }
    throw problem(key, "unknown value '" + text + "'; allowed values: " + allowed(type));
  }

  private static <E extends Enum<E> & ConfigChoice> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(ConfigChoice::configName)
        .collect(Collectors.joining(", "));
  }

  private String nonEmptyString(String key) {
    String text = config.getString(key);
    if (text.isBlank()) {
      throw problem(key, "must not be empty");
    }
    return text;
  }

  private Path localPath(String key) {
    return toLocalPath(key, nonEmptyString(key));
  }

  private Path toLocalPath(String key, String text) {
    Optional<String> scheme = scheme(text);
    try {
      if (scheme.isEmpty()) {
        return Path.of(text);
      }
      if (scheme.get().equals("file")) {
        return Path.of(URI.create(text));
      }
    } catch (IllegalArgumentException e) {
      throw problem(key, "'" + text + "' is not a valid path: " + e.getMessage());
    }
    throw problem(key, "'" + text + "' must be a local path or a file: URI");
  }

  /** The URI scheme of {@code text}, if it has one of at least two letters (not C:\...). */
  private static Optional<String> scheme(String text) {
    int colon = text.indexOf(':');
    if (colon < 2 || !text.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      return Optional.empty();
    }
    return Optional.of(text.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  private Duration positiveDuration(String key) {
    Duration duration = config.getDuration(key);
    if (duration.isNegative() || duration.isZero()) {
      throw problem(key, "must be a positive duration, e.g. 30 minutes");
    }
    return duration;
  }

  private double ratio(String key) {
    double ratio = config.getDouble(key);
    if (!(ratio >= 0.0 && ratio <= 1.0)) {
      throw problem(key, "must be between 0 and 1, was " + ratio);
    }
    return ratio;
  }

  private int atLeastOne(String key) {
    int value = config.getInt(key);
    if (value < 1) {
      throw problem(key, "must be at least 1, was " + value);
    }
    return value;
  }

  private ConfigurationException problem(String key, String message) {
    String origin =
        config.hasPath(key) ? " (" + config.getValue(key).origin().description() + ")" : "";
    return new ConfigurationException(key + ": " + message + origin);
  }
}
