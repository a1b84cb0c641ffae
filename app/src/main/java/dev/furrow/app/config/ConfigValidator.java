package dev.furrow.app.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the effective configuration against {@code reference.conf}: every key under {@code furrow}
 * must exist there (except inside the free-form sections) and have a compatible type.
 */
final class ConfigValidator {

  private static final String ROOT = "furrow";
  private static final Set<String> FREE_FORM = Set.of("furrow.spark.conf");

  private ConfigValidator() {}

  static void validate(Config effective, Config resolvedReference) {
    List<String> problems = new ArrayList<>();
    List<String> known = new ArrayList<>();
    collectPaths(resolvedReference.getObject(ROOT), List.of(ROOT), known);
    if (effective.hasPathOrNull(ROOT)) {
      if (!(effective.getValue(ROOT) instanceof ConfigObject)) {
        throw new ConfigurationException(
            ROOT + " must be an object (" + effective.getValue(ROOT).origin().description() + ")");
      }
      findUnknown(
          effective.getObject(ROOT),
          resolvedReference.getObject(ROOT),
          List.of(ROOT),
          known,
          problems);
    }
    if (problems.isEmpty()) {
      try {
        effective.checkValid(resolvedReference, ROOT);
      } catch (ConfigException.ValidationFailed e) {
        e.problems()
            .forEach(
                p ->
                    problems.add(
                        p.path() + ": " + p.problem() + " (" + p.origin().description() + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          "Invalid configuration (every key is documented in reference.conf):\n  "
              + String.join("\n  ", problems));
    }
  }

  private static void findUnknown(
      ConfigObject actual,
      ConfigObject reference,
      List<String> at,
      List<String> known,
      List<String> problems) {
    for (Map.Entry<String, ConfigValue> entry : actual.entrySet()) {
      List<String> path = append(at, entry.getKey());
      String joined = ConfigUtil.joinPath(path);
      ConfigValue expected = reference.get(entry.getKey());
      if (expected == null) {
        problems.add(
            "unknown key "
                + joined
                + " ("
                + entry.getValue().origin().description()
                + ")"
                + Suggestions.closest(joined, known)
                    .map(s -> "; did you mean " + s + "?")
                    .orElse(""));
      } else if (!FREE_FORM.contains(joined)
          && entry.getValue() instanceof ConfigObject child
          && expected instanceof ConfigObject expectedChild) {
        findUnknown(child, expectedChild, path, known, problems);
      }
    }
  }

  private static void collectPaths(ConfigObject object, List<String> at, List<String> out) {
    for (Map.Entry<String, ConfigValue> entry : object.entrySet()) {
      List<String> path = append(at, entry.getKey());
      out.add(ConfigUtil.joinPath(path));
      if (entry.getValue() instanceof ConfigObject child) {
        collectPaths(child, path, out);
      }
    }
  }

  private static List<String> append(List<String> path, String key) {
    List<String> result = new ArrayList<>(path);
    result.add(key);
    return result;
  }
}
