package dev.furrow.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Value: a model's result rows in one canonical text form, so that the result sets of different
 * engines can be compared with {@code cmp}.
 *
 * <p>One line per row, columns separated by TAB: report_date ({@code yyyy-MM-dd}), page, country,
 * num_views, last_etl_tstamp (microseconds since the epoch); {@code \N} for null; lines sorted.
 */
final class ResultTsv {

  static final String NULL = "\\N";

  private final List<String> lines = new ArrayList<>();

  /** Adds a row of the five columns; any value may be null. */
  void add(Object date, Object page, Object country, Object views, Object etlMicros) {
    lines.add(
        text(date)
            + '\t'
            + text(page)
            + '\t'
            + text(country)
            + '\t'
            + text(views)
            + '\t'
            + text(etlMicros));
  }

  /** Writes the sorted lines to {@code out} and prints how many rows there were. */
  void write(Path out) throws IOException {
    Collections.sort(lines);
    StringBuilder text = new StringBuilder(lines.size() * 64);
    for (String line : lines) {
      text.append(line).append('\n');
    }
    Files.writeString(out, text, StandardCharsets.UTF_8);
    System.out.println("result rows: " + lines.size());
  }

  private static String text(Object value) {
    return value == null ? NULL : value.toString();
  }
}
