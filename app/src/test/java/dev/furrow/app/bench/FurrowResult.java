package dev.furrow.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Benchmark check: Furrow's per-run Parquet rows of pageview_geo_summary combined across runs (sum
 * of num_views, max of last_etl_tstamp), in the canonical form of {@link ResultTsv}; read with
 * DuckDB.
 *
 * <p>Usage: {@code FurrowResult PARQUET_ROOT OUT_TSV}
 */
public final class FurrowResult {

  private FurrowResult() {}

  public static void main(String[] args) throws Exception {
    String glob =
        Path.of(args[0]).toAbsolutePath().resolve("pageview_geo_summary") + "/*/*.parquet";
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET TimeZone = 'UTC'");
      ResultTsv result = new ResultTsv();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT CAST(report_date AS VARCHAR), page, country, sum(num_views),"
                  + " epoch_us(max(last_etl_tstamp)) FROM read_parquet('"
                  + glob
                  + "', hive_partitioning = false) GROUP BY 1, 2, 3")) {
        while (rows.next()) {
          result.add(
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              rows.getLong(4),
              rows.getObject(5) == null ? null : rows.getLong(5));
        }
      }
      result.write(Path.of(args[1]));
    }
  }
}
