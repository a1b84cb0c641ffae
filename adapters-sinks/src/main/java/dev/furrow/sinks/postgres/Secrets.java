package dev.furrow.sinks.postgres;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guard: keeps passwords out of text that leaves the sink (log lines, exception messages, {@code
 * toString()}). It knows the configured password and any {@code password=} given in the JDBC URL's
 * query string, and replaces each (raw and URL-encoded) with {@value #MASK}.
 */
final class Secrets {

  static final String MASK = "***";

  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)([?&;]password=)([^&;#]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?]*:)([^/@?]*)@");

  private final List<String> secrets;

  private Secrets(Set<String> secrets) {
    List<String> sorted = new ArrayList<>(secrets);
    sorted.removeIf(String::isEmpty);
    // Longest first, so a secret containing another is masked whole.
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(sorted);
  }

  /** The secrets of a connection: {@code password} (may be null) and those in {@code url}. */
  static Secrets of(String url, String password) {
    Set<String> found = new LinkedHashSet<>();
    if (password != null) {
      found.add(password);
      found.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
    }
    if (url != null) {
      for (Pattern pattern : List.of(URL_PASSWORD, USER_INFO)) {
        Matcher m = pattern.matcher(url);
        while (m.find()) {
          String raw = m.group(2);
          found.add(raw);
          try {
            found.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
          } catch (IllegalArgumentException malformed) {
            // The raw form is masked; a malformed escape has no decoded form.
          }
        }
      }
    }
    return new Secrets(found);
  }

  /** {@code url} with the values of {@code password=} parameters and user-info passwords masked. */
  static String redactUrl(String url) {
    if (url == null) {
      return null;
    }
    String masked = URL_PASSWORD.matcher(url).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    return USER_INFO.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
  }

  /** {@code text} with every secret masked (null stays null). */
  String scrub(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  /** Whether {@code text} holds a secret. */
  boolean leaks(String text) {
    return text != null && secrets.stream().anyMatch(text::contains);
  }

  /**
   * {@code failure} itself when neither it nor its causes mention a secret; otherwise a copy of the
   * chain whose messages are scrubbed, with the same stack traces.
   */
  Throwable scrub(Throwable failure) {
    return chainLeaks(failure) ? copyScrubbed(failure) : failure;
  }

  private boolean chainLeaks(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (leaks(t.getMessage()) || leaks(t.toString())) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (chainLeaks(suppressed)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private Throwable copyScrubbed(Throwable failure) {
    RedactedException copy =
        new RedactedException(
            failure.getClass().getName() + ": " + scrub(failure.getMessage()),
            failure.getCause() == null || failure.getCause() == failure
                ? null
                : copyScrubbed(failure.getCause()));
    copy.setStackTrace(failure.getStackTrace());
    for (Throwable suppressed : failure.getSuppressed()) {
      copy.addSuppressed(copyScrubbed(suppressed));
    }
    return copy;
  }

  /** Failure: stands in for an exception whose message mentioned a secret. */
  static final class RedactedException extends Exception {
    private static final long serialVersionUID = 1L;

    RedactedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
