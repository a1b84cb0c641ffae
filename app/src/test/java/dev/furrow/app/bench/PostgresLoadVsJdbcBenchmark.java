package dev.furrow.app.bench;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.sinks.postgres.PostgresSettings;
import dev.furrow.sinks.postgres.PostgresSink;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark (not a test): the same N rows of a model shaped like {@code pageview_geo_summary}
 * ({@code report_date date, page text, country text, num_views bigint, last_etl_tstamp timestamptz}
 * plus {@code run_id}, unique per run and key) loaded into PostgreSQL three ways, in one run:
 *
 * <ol>
 *   <li>{@link PostgresSink#write} (one transaction: DELETE the run, COPY, ledger row);
 *   <li>Spark's {@code Dataset.write().jdbc(...)} (batched INSERT), {@code batchsize} 10000;
 *   <li>the same with {@code reWriteBatchedInserts=true} in the JDBC URL.
 * </ol>
 *
 * <p>The Spark rows are computed from {@code spark.range} and cached before timing; the sink's are
 * computed from the same formula one at a time. Spark runs on {@code local[2]}, so it writes its
 * two partitions over two connections at once; the sink uses one. Each way is warmed up once, then
 * timed {@code repeats} times, alternating, each on an emptied table; the median is printed with
 * rows/s and the ratios. At the end both tables are checked to hold the same rows.
 *
 * <p>Run from the project root (the server on 127.0.0.1:5432, database {@code test}, trust
 * authentication; a throwaway schema {@code furrow_bench_<random>} is dropped afterwards):
 *
 * <pre>
 * flock /tmp/furrow-mvn.lock mvn -B -q -o -pl app test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Xmx3g -Duser.timezone=UTC --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
 *     --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
 *     -cp app/target/test-classes:app/target/classes:$(cat app/target/test.classpath) \
 *     dev.furrow.app.bench.PostgresLoadVsJdbcBenchmark \
 *     [rows=1000000] [repeats=3] [url=jdbc:postgresql://127.0.0.1:5432/test] [user=postgres]
 * </pre>
 *
 * (Spark converts dates for JDBC through {@code sun.util.calendar}, hence the first option.)
 */
public final class PostgresLoadVsJdbcBenchmark {

  private static final RunId RUN = RunId.of("run=2024-05-01-00-00-00");
  private static final int BATCH_SIZE = 10_000;
  private static final int SPARK_PARTITIONS = 2;
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 5, 1);
  private static final long FIRST_ETL_MICROS = 1_714_600_000_000_000L;
  private static final List<String> COUNTRIES = List.of("FR", "DE", "GB", "US", "ES", "IT", "NL");

  private PostgresLoadVsJdbcBenchmark() {}

  /** A model with the columns of pageview_geo_summary; its functions are never evaluated here. */
  private static Model model(String name) {
    return Model.named(name)
        .key(Keys.date("report_date", EnrichedEvent::derivedTstamp, ZoneOffset.UTC))
        .key(Keys.string("page", EnrichedEvent::pageUrl))
        .key(Keys.string("country", EnrichedEvent::geoCountry))
        .measure(Measures.count("num_views"))
        .measure(Measures.max("last_etl_tstamp", ColumnType.TIMESTAMP, EnrichedEvent::etlTstamp))
        .build();
  }

  /** Row {@code i}: 30 days times N/30 pages, so every key is distinct. */
  private static ModelRow row(long i) {
    return ModelRow.of(
        FIRST_DAY.plusDays(i % 30),
        "https://shop.example.com/p/" + (i / 30),
        COUNTRIES.get((int) (i % COUNTRIES.size())),
        i % 1000 + 1,
        Instant.EPOCH.plusNanos((FIRST_ETL_MICROS + i * 1000) * 1000));
  }

  /** The same rows as {@link #row}, computed by Spark. */
  private static Dataset<Row> sparkRows(SparkSession spark, long rows) {
    String countries = String.join(",", COUNTRIES.stream().map(c -> "'" + c + "'").toList());
    return spark
        .range(0, rows, 1, SPARK_PARTITIONS)
        .selectExpr(
            "'" + RUN.value() + "' AS run_id",
            "date_add(DATE'" + FIRST_DAY + "', CAST(id % 30 AS INT)) AS report_date",
            "concat('https://shop.example.com/p/', CAST(id DIV 30 AS STRING)) AS page",
            "element_at(array("
                + countries
                + "), CAST(id % "
                + COUNTRIES.size()
                + " + 1 AS INT))"
                + " AS country",
            "id % 1000 + 1 AS num_views",
            "timestamp_micros(" + FIRST_ETL_MICROS + " + id * 1000) AS last_etl_tstamp");
  }

  public static void main(String[] args) throws SQLException {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String url = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/test";
    String user = args.length > 3 ? args[3] : "postgres";
    String schema = "furrow_bench_" + UUID.randomUUID().toString().substring(0, 8);
    Model copied = model("bench_copy");
    Model inserted = model("bench_jdbc");
    PostgresSink sink = PostgresSink.create(new PostgresSettings(url, user, "", schema));
    SparkSession spark =
        SparkSession.builder()
            .appName("furrow-bench")
            .master("local[" + SPARK_PARTITIONS + "]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(SPARK_PARTITIONS))
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Jdbc plain = new Jdbc(url, user, schema, inserted.name());
    Jdbc rewritten =
        new Jdbc(
            url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
            user,
            schema,
            inserted.name());
    try {
      sink.prepare(copied);
      sink.prepare(inserted);
      Dataset<Row> dataset = sparkRows(spark, rows).cache();
      System.out.printf(Locale.ROOT, "Rows: %,d; Spark rows cached: %,d%n", rows, dataset.count());
      long warmUp = Math.min(rows, 200_000);
      Dataset<Row> warmUpRows = sparkRows(spark, warmUp);
      truncate(url, user, schema, copied);
      copy(sink, copied, warmUp);
      truncate(url, user, schema, inserted);
      plain.write(warmUpRows);
      truncate(url, user, schema, inserted);
      rewritten.write(warmUpRows);
      List<Double> copySeconds = new ArrayList<>();
      List<Double> plainSeconds = new ArrayList<>();
      List<Double> rewrittenSeconds = new ArrayList<>();
      for (int i = 0; i < repeats; i++) {
        truncate(url, user, schema, copied);
        copySeconds.add(copy(sink, copied, rows));
        truncate(url, user, schema, inserted);
        plainSeconds.add(plain.write(dataset));
        truncate(url, user, schema, inserted);
        rewrittenSeconds.add(rewritten.write(dataset));
      }
      double copyRate = rows / median(copySeconds);
      double plainRate = rows / median(plainSeconds);
      double rewrittenRate = rows / median(rewrittenSeconds);
      System.out.printf(Locale.ROOT, "Median of %d, after a warm-up:%n", repeats);
      report("PostgresSink (COPY, 1 connection)", copySeconds, rows);
      report("write.jdbc batchsize=" + BATCH_SIZE, plainSeconds, rows);
      report(
          "write.jdbc batchsize=" + BATCH_SIZE + " reWriteBatchedInserts", rewrittenSeconds, rows);
      System.out.printf(
          Locale.ROOT,
          "COPY / write.jdbc: %.2fx; COPY / write.jdbc with reWriteBatchedInserts: %.2fx%n",
          copyRate / plainRate,
          copyRate / rewrittenRate);
      System.out.println(
          "Same rows in both tables: "
              + fingerprint(url, user, schema, copied)
                  .equals(fingerprint(url, user, schema, inserted)));
    } finally {
      spark.stop();
      execute(url, user, "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
  }

  /** Loads {@code rows} rows through the sink; returns the seconds taken. */
  private static double copy(PostgresSink sink, Model model, long rows) {
    Iterator<ModelRow> source =
        new Iterator<>() {
          private long next;

          @Override
          public boolean hasNext() {
            return next < rows;
          }

          @Override
          public ModelRow next() {
            return row(next++);
          }
        };
    return timed(() -> sink.write(RUN, model, source));
  }

  /** Spark's JDBC writer into one table, through one URL. */
  private record Jdbc(String url, String user, String schema, String table) {
    double write(Dataset<Row> rows) {
      Properties properties = new Properties();
      properties.setProperty("user", user);
      properties.setProperty("driver", "org.postgresql.Driver");
      return timed(
          () ->
              rows.write()
                  .mode(SaveMode.Append)
                  .option("batchsize", BATCH_SIZE)
                  .jdbc(url, "\"" + schema + "\".\"" + table + "\"", properties));
    }
  }

  private static double timed(Runnable action) {
    long started = System.nanoTime();
    action.run();
    return (System.nanoTime() - started) / 1e9;
  }

  private static void report(String what, List<Double> seconds, long rows) {
    double median = median(seconds);
    System.out.printf(
        Locale.ROOT,
        "  %-58s %7.2f s  %,10.0f rows/s  (runs: %s)%n",
        what,
        median,
        rows / median,
        String.join(
            " ", seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList()));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void truncate(String url, String user, String schema, Model model)
      throws SQLException {
    execute(url, user, "TRUNCATE \"" + schema + "\".\"" + model.name() + "\"");
  }

  /** Row count, sum of views and a hash sum of every row's values: equal for equal row sets. */
  private static String fingerprint(String url, String user, String schema, Model model)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*), sum(num_views), sum(hashtext(run_id || report_date || page"
                    + " || country || num_views || last_etl_tstamp)::bigint) FROM \""
                    + schema
                    + "\".\""
                    + model.name()
                    + "\"")) {
      r.next();
      return r.getLong(1) + "/" + r.getLong(2) + "/" + r.getLong(3);
    }
  }

  private static void execute(String url, String user, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
