package dev.furrow.sinks.postgres;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Guard: the only way a name from configuration or a model reaches SQL. A name must be a lower-case
 * PostgreSQL identifier ({@code ^[a-z_][a-z0-9_]{0,62}$}: at most 63 bytes, so PostgreSQL never
 * truncates it) and is always emitted double-quoted, so reserved words such as {@code user} work
 * and nothing in a name can end the identifier. Upper case is refused because a quoted {@code
 * "Events"} and an unquoted {@code Events} would name different tables.
 */
final class SqlIdentifiers {

  /** PostgreSQL's identifier length limit (NAMEDATALEN - 1). */
  static final int MAX_LENGTH = 63;

  private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

  private SqlIdentifiers() {}

  /**
   * Returns {@code name} if it is a valid identifier.
   *
   * @param what what the name names, for the message (e.g. {@code "schema"})
   * @throws IllegalArgumentException naming {@code what} and the rule otherwise
   */
  static String check(String what, String name) {
    Objects.requireNonNull(name, what);
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Invalid "
              + what
              + " name '"
              + printable(name)
              + "': it must match "
              + IDENTIFIER.pattern()
              + " (lower-case letters, digits and _, at most "
              + MAX_LENGTH
              + " characters)");
    }
    return name;
  }

  /** {@code name}, checked and double-quoted. */
  static String quote(String name) {
    return '"' + check("identifier", name) + '"';
  }

  /** {@code "schema"."name"}, both checked and quoted. */
  static String qualified(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }

  /** A name shortened and with control characters escaped, safe to put into a message. */
  private static String printable(String name) {
    String shortened = name.length() > 100 ? name.substring(0, 100) + "..." : name;
    StringBuilder out = new StringBuilder();
    shortened
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
