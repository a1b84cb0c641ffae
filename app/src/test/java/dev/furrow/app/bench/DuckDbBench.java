package dev.furrow.app.bench;

import dev.furrow.domain.event.Field;
import dev.furrow.domain.event.FieldType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Benchmark engine: DuckDB running the seed SQL over the TSV part files.
 *
 * <p>{@code read_csv} with TAB delimiter, no quote and no escape character, no header, the 131
 * column names, TIMESTAMP for the timestamp columns (so they are parsed and checked) and VARCHAR
 * for the rest; empty fields are NULL. {@code strict_mode} rejects lines with another number of
 * fields and {@code ignore_errors} skips every rejected line (wrong field count, invalid timestamp)
 * instead of aborting (silently: DuckDB does not count them unless asked to store rejects).
 *
 * <p>Usage: {@code DuckDbBench SOURCE_DIR OUT_TSV THREADS}
 */
public final class DuckDbBench {

  private DuckDbBench() {}

  public static void main(String[] args) throws Exception {
    List<String> files = BenchInput.files(Path.of(args[0]));
    Path out = Path.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
      statement.execute("SET TimeZone = 'UTC'");
      statement.execute(
          "CREATE VIEW events AS SELECT * FROM read_csv("
              + files.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ", "[", "]"))
              + ", delim = '\\t', quote = '', escape = '', header = false, auto_detect = false,"
              + " strict_mode = true, null_padding = false, ignore_errors = true,"
              + " max_line_size = 10000000, columns = "
              + columns()
              + ")");
      ResultTsv result = new ResultTsv();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT CAST(report_date AS VARCHAR), page, country, num_views,"
                  + " epoch_us(last_etl_tstamp) FROM ("
                  + BenchInput.SEED_SQL
                  + ")")) {
        while (rows.next()) {
          result.add(
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              rows.getLong(4),
              rows.getObject(5) == null ? null : rows.getLong(5));
        }
      }
      result.write(out);
    }
  }

  private static String columns() {
    return Field.all().stream()
        .map(
            f ->
                "'"
                    + f.columnName()
                    + "': '"
                    + (f.type() == FieldType.TIMESTAMP ? "TIMESTAMP" : "VARCHAR")
                    + "'")
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
