package dev.furrow.app.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_micros;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The Spark session and the DataFrame form of the seed SQL shared by the Spark engines. */
final class SparkBench {

  private SparkBench() {}

  /** A local[*] session with Spark's defaults apart from the UI (off) and the time zone (UTC). */
  static SparkSession session(String name) {
    return SparkSession.builder()
        .appName(name)
        .master("local[*]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }

  /**
   * The seed SQL as a Spark user would port it to the DataFrame API; {@code derivedTstamp} and
   * {@code etlTstamp} are timestamp columns.
   */
  static void aggregateAndWrite(
      Dataset<Row> events, Column derivedTstamp, Column etlTstamp, Path out) throws IOException {
    Dataset<Row> summary =
        events
            .where(col("event").equalTo(lit("page_view")))
            .groupBy(
                to_date(derivedTstamp).as("report_date"),
                col("page_url").as("page"),
                col("geo_country").as("country"))
            .agg(count(lit(1)).as("num_views"), max(etlTstamp).as("last_etl_tstamp"));
    ResultTsv result = new ResultTsv();
    for (Row row :
        summary
            .select(
                date_format(col("report_date"), "yyyy-MM-dd"),
                col("page"),
                col("country"),
                col("num_views"),
                unix_micros(col("last_etl_tstamp")))
            .collectAsList()) {
      result.add(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4));
    }
    result.write(out);
  }
}
