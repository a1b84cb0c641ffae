package dev.furrow.domain.event;

/**
 * Checks, in one pass over the chars and without building anything, that a non-empty {@code
 * contexts}, {@code derived_contexts} or {@code unstruct_event} field surely decodes.
 *
 * <p>The validating parser's fast path: an answer of true means {@link SelfDescribingJson} decodes
 * the text without error. The check accepts only strict JSON (RFC 8259: no comments, single quotes,
 * leading zeros, trailing commas or trailing content), which is a subset of what the decoder's
 * Jackson parser accepts, and makes every structural check of the decoder: the envelope schema,
 * then each entity's object, Iglu URI and data. Anything unusual answers false: a repeated {@code
 * schema} or {@code data} member, an escape inside a member name or an Iglu URI, a number longer
 * than {@value #MAX_NUMBER} chars or with an exponent of more than {@value #MAX_EXPONENT_DIGITS}
 * digits, nesting deeper than {@value #MAX_DEPTH}, a name longer than {@value #MAX_NAME} chars, a
 * text longer than {@value #MAX_TEXT} chars (all far inside Jackson's limits). Every invalid text
 * answers false too: the caller then decodes the tree, which accepts the text or reports the exact
 * error.
 */
final class SelfDescribingCheck {

  /** Far below Jackson's limit on string length, so no string can exceed it. */
  private static final int MAX_TEXT = 1_000_000;

  /** Far below Jackson's limit on number length; any shorter integer converts. */
  private static final int MAX_NUMBER = 100;

  /** A BigDecimal scale must fit an int: any exponent of this many digits does. */
  private static final int MAX_EXPONENT_DIGITS = 6;

  /** Far below Jackson's nesting limit (1,000). */
  private static final int MAX_DEPTH = 200;

  /** Far below Jackson's limit on member-name length (50,000). */
  private static final int MAX_NAME = 1_000;

  private static final String ENVELOPE_PREFIX = "iglu:com.snowplowanalytics.snowplow/";
  private static final String CONTEXTS_ENVELOPE = ENVELOPE_PREFIX + "contexts/jsonschema/1-0-";
  private static final String UNSTRUCT_ENVELOPE =
      ENVELOPE_PREFIX + "unstruct_event/jsonschema/1-0-";

  private final String text;
  private final int end;
  private int at;

  /** Where the last string scanned starts and ends (inside the quotes), and if it had escapes. */
  private int stringFrom;

  private int stringTo;
  private boolean escaped;

  private SelfDescribingCheck(String text, int from, int to) {
    this.text = text;
    this.at = from;
    this.end = to;
  }

  /** Whether {@link SelfDescribingJson#decodeContexts} surely accepts {@code text}. */
  static boolean contextsSurelyDecode(String text) {
    return contextsSurelyDecode(text, 0, text.length());
  }

  /** Whether {@link SelfDescribingJson#decodeContexts} surely accepts {@code line[from, to)}. */
  static boolean contextsSurelyDecode(String line, int from, int to) {
    return to - from <= MAX_TEXT && new SelfDescribingCheck(line, from, to).envelope(true);
  }

  /** Whether {@link SelfDescribingJson#decodeUnstruct} surely accepts {@code text}. */
  static boolean unstructSurelyDecodes(String text) {
    return unstructSurelyDecodes(text, 0, text.length());
  }

  /** Whether {@link SelfDescribingJson#decodeUnstruct} surely accepts {@code line[from, to)}. */
  static boolean unstructSurelyDecodes(String line, int from, int to) {
    return to - from <= MAX_TEXT && new SelfDescribingCheck(line, from, to).envelope(false);
  }

  /** What a self-describing object is: the envelope of contexts or of an event, or an entity. */
  private enum Kind {
    CONTEXTS,
    UNSTRUCT,
    ENTITY
  }

  /** The whole text: the envelope object, then nothing but whitespace. */
  private boolean envelope(boolean contexts) {
    if (!selfDescribing(contexts ? Kind.CONTEXTS : Kind.UNSTRUCT)) {
      return false;
    }
    skipSpace();
    return at == end;
  }

  /** An array of entities. */
  private boolean entities() {
    skipSpace();
    if (!take('[')) {
      return false;
    }
    skipSpace();
    if (take(']')) {
      return true;
    }
    do {
      if (!selfDescribing(Kind.ENTITY)) {
        return false;
      }
      skipSpace();
    } while (take(','));
    return take(']');
  }

  /**
   * An object with one schema member (a URI as {@code kind} requires) and one data member (an array
   * of entities, one entity or any value, by {@code kind}); other members may hold anything.
   */
  private boolean selfDescribing(Kind kind) {
    int depth = kind == Kind.ENTITY ? 2 : 1;
    skipSpace();
    if (!take('{')) {
      return false;
    }
    boolean schema = false;
    boolean data = false;
    do {
      if (!memberName()) {
        return false;
      }
      if (isName("schema")) {
        if (schema || !unescapedString() || !isSchemaOf(kind)) {
          return false;
        }
        schema = true;
      } else if (isName("data")) {
        if (data || !isDataOf(kind, depth)) {
          return false;
        }
        data = true;
      } else if (!value(depth)) {
        return false;
      }
      skipSpace();
    } while (take(','));
    return take('}') && schema && data;
  }

  /** Whether the string just scanned is the schema an object of {@code kind} needs. */
  private boolean isSchemaOf(Kind kind) {
    return switch (kind) {
      case CONTEXTS -> isEnvelopeUri(CONTEXTS_ENVELOPE);
      case UNSTRUCT -> isEnvelopeUri(UNSTRUCT_ENVELOPE);
      case ENTITY -> SchemaKey.isValidUri(text, stringFrom, stringTo);
    };
  }

  /** Whether the value that follows is the data an object of {@code kind} needs. */
  private boolean isDataOf(Kind kind, int depth) {
    return switch (kind) {
      case CONTEXTS -> entities();
      case UNSTRUCT -> selfDescribing(Kind.ENTITY);
      case ENTITY -> value(depth);
    };
  }

  /** Whitespace, a member name without escapes, whitespace and the colon. */
  private boolean memberName() {
    skipSpace();
    if (!take('"') || !stringBody(MAX_NAME) || escaped) {
      return false;
    }
    skipSpace();
    return take(':');
  }

  private boolean isName(String name) {
    return stringTo - stringFrom == name.length()
        && text.regionMatches(stringFrom, name, 0, name.length());
  }

  /** Whitespace and a string value without escapes. */
  private boolean unescapedString() {
    skipSpace();
    return take('"') && stringBody(MAX_TEXT) && !escaped;
  }

  /** Whether the string just scanned is {@code prefix} followed by a SchemaVer addition. */
  private boolean isEnvelopeUri(String prefix) {
    int from = stringFrom + prefix.length();
    return from < stringTo
        && text.regionMatches(stringFrom, prefix, 0, prefix.length())
        && SchemaVer.isValidNumber(text, from, stringTo, true);
  }

  /** Any JSON value, after whitespace, at nesting {@code depth}. */
  private boolean value(int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    skipSpace();
    if (at >= end) {
      return false;
    }
    char c = text.charAt(at);
    switch (c) {
      case '{' -> {
        at++;
        skipSpace();
        if (take('}')) {
          return true;
        }
        do {
          skipSpace();
          if (!take('"') || !stringBody(MAX_NAME)) {
            return false;
          }
          skipSpace();
          if (!take(':') || !value(depth + 1)) {
            return false;
          }
          skipSpace();
        } while (take(','));
        return take('}');
      }
      case '[' -> {
        at++;
        skipSpace();
        if (take(']')) {
          return true;
        }
        do {
          if (!value(depth + 1)) {
            return false;
          }
          skipSpace();
        } while (take(','));
        return take(']');
      }
      case '"' -> {
        at++;
        return stringBody(MAX_TEXT);
      }
      case 't' -> {
        return literal("true");
      }
      case 'f' -> {
        return literal("false");
      }
      case 'n' -> {
        return literal("null");
      }
      default -> {
        return (c == '-' || (c >= '0' && c <= '9')) && number();
      }
    }
  }

  /**
   * The rest of a string after its opening quote, up to and including the closing quote, with valid
   * escapes and no control characters; records where its content is.
   */
  private boolean stringBody(int maxLength) {
    stringFrom = at;
    escaped = false;
    int limit = Math.min(end, at + maxLength + 1);
    while (at < limit) {
      char c = text.charAt(at);
      if (c == '"') {
        stringTo = at++;
        return true;
      }
      if (c < 0x20) {
        return false;
      }
      if (c == '\\') {
        escaped = true;
        if (++at >= end) {
          return false;
        }
        switch (text.charAt(at)) {
          case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {}
          case 'u' -> {
            if (at + 4 >= end) {
              return false;
            }
            for (int k = 1; k <= 4; k++) {
              if (Character.digit(text.charAt(at + k), 16) < 0) {
                return false;
              }
            }
            at += 4;
          }
          default -> {
            return false;
          }
        }
      }
      at++;
    }
    return false;
  }

  /** A JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, within the limits. */
  private boolean number() {
    int from = at;
    take('-');
    if (take('0')) {
      // No leading zeros: a digit may not follow.
    } else if (digits() == 0) {
      return false;
    }
    if (take('.') && digits() == 0) {
      return false;
    }
    if (take('e') || take('E')) {
      if (!take('+')) {
        take('-');
      }
      int exponent = digits();
      if (exponent == 0 || exponent > MAX_EXPONENT_DIGITS) {
        return false;
      }
    }
    return at - from <= MAX_NUMBER;
  }

  private int digits() {
    int from = at;
    while (at < end && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at - from;
  }

  private boolean literal(String word) {
    if (text.startsWith(word, at) && at + word.length() <= end) {
      at += word.length();
      return true;
    }
    return false;
  }

  private boolean take(char c) {
    if (at < end && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (at < end) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }
}
