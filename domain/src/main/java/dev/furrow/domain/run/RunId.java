package dev.furrow.domain.run;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: the id of one run folder, its folder name such as {@code run=2017-07-17-22-40-30}.
 *
 * <p>Run ids sort by their text, which for Snowplow's {@code run=yyyy-MM-dd-HH-mm-ss} names is
 * chronological order.
 */
public record RunId(String value) implements Comparable<RunId> {

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd-HH-mm-ss").withResolverStyle(ResolverStyle.STRICT);

  public RunId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.contains("/") || value.contains("\\") || value.equals("..")) {
      throw new IllegalArgumentException("Not a run folder name: '" + value + "'");
    }
  }

  public static RunId of(String value) {
    return new RunId(value);
  }

  /** The time in a {@code run=yyyy-MM-dd-HH-mm-ss} name, if the name has that form. */
  public Optional<LocalDateTime> time() {
    String text = value.startsWith("run=") ? value.substring(4) : value;
    try {
      return Optional.of(LocalDateTime.parse(text, RUN_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public int compareTo(RunId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
