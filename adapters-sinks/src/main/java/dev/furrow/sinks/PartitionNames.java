package dev.furrow.sinks;

import dev.furrow.domain.run.RunId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Codec: the Hive-style partition directory name of a run, {@code run_id=<escaped run id>}.
 *
 * <p>Values are escaped as Spark escapes partition values: {@code %XX} for control characters, DEL,
 * double quote, hash, percent, apostrophe, asterisk, slash, colon, equals sign, question mark,
 * backslash, left brace, brackets and caret. Spark and DuckDB both read the {@code run_id}
 * partition column back as the run id: {@code run=2024-05-01-10-00-00} is stored as {@code
 * run_id=run%3D2024-05-01-10-00-00}. Without the escaping, DuckDB does not recognise a value that
 * holds {@code =} as a partition at all.
 */
public final class PartitionNames {

  /** The name of the partition column holding the run id. */
  public static final String RUN_COLUMN = "run_id";

  private static final String PREFIX = RUN_COLUMN + "=";
  private static final String SPECIAL = "\"#%'*/:=?\\{[]^";

  private PartitionNames() {}

  /** The directory name of {@code run}: {@code run_id=<escaped run id>}. */
  public static String runDirectory(RunId run) {
    return PREFIX + escape(run.value());
  }

  /** Whether {@code name} is the directory name of some run. */
  public static boolean isRunDirectory(String name) {
    return name.startsWith(PREFIX) && name.length() > PREFIX.length();
  }

  /** The run whose directory is called {@code name}; see {@link #isRunDirectory}. */
  public static RunId runOf(String name) {
    if (!isRunDirectory(name)) {
      throw new IllegalArgumentException("Not a run directory name: '" + name + "'");
    }
    return RunId.of(unescape(name.substring(PREFIX.length())));
  }

  /** Escapes a partition value the way Spark does. */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F || SPECIAL.indexOf(c) >= 0) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Reverses {@link #escape}: decodes every {@code %XX} (as UTF-8 bytes), keeps the rest. */
  public static String unescape(String escaped) {
    StringBuilder out = new StringBuilder(escaped.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < escaped.length()) {
      char c = escaped.charAt(i);
      int hi = i + 2 < escaped.length() ? Character.digit(escaped.charAt(i + 1), 16) : -1;
      int lo = i + 2 < escaped.length() ? Character.digit(escaped.charAt(i + 2), 16) : -1;
      if (c == '%' && hi >= 0 && lo >= 0) {
        bytes.write(hi << 4 | lo);
        i += 3;
      } else {
        flush(bytes, out);
        out.append(c);
        i++;
      }
    }
    flush(bytes, out);
    return out.toString();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(bytes.toString(StandardCharsets.UTF_8));
      bytes.reset();
    }
  }
}
