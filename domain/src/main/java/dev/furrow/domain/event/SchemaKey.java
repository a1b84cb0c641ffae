package dev.furrow.domain.event;

import java.util.Objects;
import java.util.Optional;

/**
 * Value: the identity of an Iglu schema, written as the URI {@code iglu:VENDOR/NAME/FORMAT/M-R-A}.
 *
 * <p>{@link #parse} accepts exactly the URIs matched by the Iglu regular expression used by the
 * Snowplow Analytics SDKs: {@code
 * ^iglu:([a-zA-Z0-9-_.]+)/([a-zA-Z0-9-_]+)/([a-zA-Z0-9-_]+)/([1-9][0-9]*(?:-(?:0|[1-9][0-9]*)){2})$}
 * (numbers that do not fit an {@code int} are rejected as well).
 */
public record SchemaKey(String vendor, String name, String format, SchemaVer version) {

  private static final String PREFIX = "iglu:";

  public SchemaKey {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(version, "version");
  }

  /** The key of an Iglu URI, or empty when the text is not a valid Iglu URI. */
  public static Optional<SchemaKey> parse(String igluUri) {
    return Optional.ofNullable(parseOrNull(igluUri));
  }

  /**
   * The key of an Iglu URI.
   *
   * @throws IllegalArgumentException when the text is not a valid Iglu URI
   */
  public static SchemaKey fromUri(String igluUri) {
    SchemaKey key = parseOrNull(igluUri);
    if (key == null) {
      throw new IllegalArgumentException("Not a valid Iglu URI: " + igluUri);
    }
    return key;
  }

  static SchemaKey parseOrNull(String uri) {
    if (uri == null || !uri.startsWith(PREFIX)) {
      return null;
    }
    int to = uri.length();
    int vendorEnd = segmentEnd(uri, PREFIX.length(), to, true);
    int nameEnd = segmentEnd(uri, vendorEnd + 1, to, false);
    int formatEnd = segmentEnd(uri, nameEnd + 1, to, false);
    if (vendorEnd < 0 || nameEnd < 0 || formatEnd < 0) {
      return null;
    }
    SchemaVer version = SchemaVer.parse(uri, formatEnd + 1, to);
    if (version == null) {
      return null;
    }
    return new SchemaKey(
        uri.substring(PREFIX.length(), vendorEnd),
        uri.substring(vendorEnd + 1, nameEnd),
        uri.substring(nameEnd + 1, formatEnd),
        version);
  }

  /** Whether {@code text[from, to)} is a valid Iglu URI ({@link #parse} accepts it). */
  static boolean isValidUri(String text, int from, int to) {
    if (!text.startsWith(PREFIX, from)) {
      return false;
    }
    int vendorEnd = segmentEnd(text, from + PREFIX.length(), to, true);
    int nameEnd = segmentEnd(text, vendorEnd + 1, to, false);
    int formatEnd = segmentEnd(text, nameEnd + 1, to, false);
    return vendorEnd >= 0
        && nameEnd >= 0
        && formatEnd >= 0
        && SchemaVer.isValid(text, formatEnd + 1, to);
  }

  /** Index of the '/' closing a non-empty segment of {@code uri[from, to)}; -1 if there is none. */
  private static int segmentEnd(String uri, int from, int to, boolean dotAllowed) {
    if (from <= 0) {
      return -1;
    }
    int i = from;
    for (; i < to; i++) {
      char c = uri.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || (dotAllowed && c == '.');
      if (!allowed) {
        break;
      }
    }
    return i > from && i < to && uri.charAt(i) == '/' ? i : -1;
  }

  /** Whether this key names {@code vendor/name} at the given model. */
  public boolean is(String vendor, String name, int model) {
    return this.version.model() == model && this.name.equals(name) && this.vendor.equals(vendor);
  }

  /** The Iglu URI, e.g. {@code iglu:com.acme/my_event/jsonschema/1-0-0}. */
  public String toUri() {
    return PREFIX + vendor + '/' + name + '/' + format + '/' + version.asString();
  }

  @Override
  public String toString() {
    return toUri();
  }
}
