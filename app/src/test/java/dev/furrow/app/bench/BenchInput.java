package dev.furrow.app.bench;

import dev.furrow.domain.event.Field;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Benchmark input: the TSV part files of every run folder under a source directory. */
final class BenchInput {

  /** The seed SQL of pageview_geo_summary, over a relation named {@code events}. */
  static final String SEED_SQL =
      "SELECT DATE(derived_tstamp) report_date, page_url page, geo_country country,"
          + " count(*) num_views, max(etl_tstamp) last_etl_tstamp"
          + " FROM events WHERE event = 'page_view' GROUP BY 1, 2, 3";

  private BenchInput() {}

  /** The part files of the run folders ({@code run=*}) under {@code source}, in name order. */
  static List<String> files(Path source) {
    try (Stream<Path> paths = Files.walk(source, 2)) {
      List<String> files =
          paths
              .filter(p -> p.getParent().getFileName().toString().startsWith("run="))
              .filter(p -> p.getFileName().toString().matches("part-.*\\.tsv"))
              .map(p -> p.toAbsolutePath().toString())
              .sorted()
              .collect(Collectors.toList());
      if (files.isEmpty()) {
        throw new IllegalArgumentException("No run=*/part-*.tsv files under " + source);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 131 column names in TSV order. */
  static List<String> columns() {
    return Field.all().stream().map(Field::columnName).collect(Collectors.toList());
  }
}
