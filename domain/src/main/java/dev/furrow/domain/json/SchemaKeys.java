package dev.furrow.domain.json;

import dev.furrow.domain.event.SchemaKey;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Names the flattened JSON column of a self-describing entity with the Scala Analytics SDK rule
 * (0.2.0+, also .NET): {@code PREFIX + vendor + "_" + name + "_" + MODEL}.
 *
 * <ul>
 *   <li>vendor: every {@code .} and {@code -} becomes {@code _}, then lower case ({@code
 *       com.acme-corp} → {@code com_acme_corp});
 *   <li>name: every {@code .} and {@code -} becomes {@code _}; then, scanning left to right with
 *       non-overlapping matches of {@code ([^A-Z_])([A-Z])}, {@code _} is inserted between the two
 *       characters; then lower case ({@code PerformanceTiming} → {@code performance_timing}, {@code
 *       ContextUK} → {@code context_uk}, {@code ABTest} → {@code abtest});
 *   <li>MODEL: the first number of the SchemaVer.
 * </ul>
 */
public final class SchemaKeys {

  /** Prefix of the columns of contexts and derived_contexts entities. */
  public static final String CONTEXTS_PREFIX = "contexts_";

  /** Prefix of the column of the unstruct_event entity. */
  public static final String UNSTRUCT_PREFIX = "unstruct_event_";

  private static final int CACHE_LIMIT = 4096;
  private static final ConcurrentMap<SchemaKey, String> CONTEXTS_KEYS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<SchemaKey, String> UNSTRUCT_KEYS = new ConcurrentHashMap<>();

  private SchemaKeys() {}

  /**
   * The column key of an entity with this schema, e.g. {@code
   * contexts_org_w3_performance_timing_1}.
   */
  public static String columnKey(String prefix, SchemaKey schema) {
    ConcurrentMap<SchemaKey, String> cache =
        CONTEXTS_PREFIX.equals(prefix)
            ? CONTEXTS_KEYS
            : UNSTRUCT_PREFIX.equals(prefix) ? UNSTRUCT_KEYS : null;
    if (cache == null) {
      return columnKey(prefix, schema.vendor(), schema.name(), schema.version().model());
    }
    String key = cache.get(schema);
    if (key == null) {
      key = columnKey(prefix, schema.vendor(), schema.name(), schema.version().model());
      if (cache.size() < CACHE_LIMIT) {
        cache.putIfAbsent(schema, key);
      }
    }
    return key;
  }

  /** The column key of {@code vendor/name} at {@code model}. */
  public static String columnKey(String prefix, String vendor, String name, int model) {
    return prefix + snakeVendor(vendor) + '_' + snakeName(name) + '_' + model;
  }

  static String snakeVendor(String vendor) {
    return vendor.replace('.', '_').replace('-', '_').toLowerCase(Locale.ROOT);
  }

  static String snakeName(String name) {
    String text = name.replace('.', '_').replace('-', '_');
    StringBuilder out = new StringBuilder(text.length() + 4);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (i + 1 < text.length() && !isUpperOrUnderscore(c) && isUpper(text.charAt(i + 1))) {
        out.append(c).append('_').append(text.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isUpperOrUnderscore(char c) {
    return isUpper(c) || c == '_';
  }
}
