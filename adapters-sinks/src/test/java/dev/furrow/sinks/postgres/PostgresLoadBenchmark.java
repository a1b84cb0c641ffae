package dev.furrow.sinks.postgres;

import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Benchmark (not a test): loads the same generated rows of a small model {@code (id bigint, user_id
 * text, n bigint)} into PostgreSQL two ways, in one run: through {@link PostgresSink} (DELETE +
 * COPY + ledger in one transaction) and through batched INSERT with {@code
 * reWriteBatchedInserts=true}, batches of 1000 and one commit, which is what Spark's {@code
 * write.jdbc} does per partition (its default {@code batchsize} is 1000). Both tables have the same
 * columns and unique key. Each way is warmed up once, then timed {@code repeats} times,
 * alternating, on emptied tables; the median is reported.
 *
 * <p>Run from the project root (the server on 127.0.0.1:5432, database {@code test}, trust
 * authentication; a throwaway schema {@code furrow_bench_<random>} is dropped afterwards):
 *
 * <pre>
 * flock /tmp/furrow-mvn.lock mvn -B -q -o -pl adapters-sinks test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Xmx1g -cp adapters-sinks/target/test-classes:adapters-sinks/target/classes:$(cat \
 *     adapters-sinks/target/test.classpath) dev.furrow.sinks.postgres.PostgresLoadBenchmark \
 *     [rows=1000000] [repeats=3] [url=jdbc:postgresql://127.0.0.1:5432/test] [user=postgres]
 * </pre>
 */
public final class PostgresLoadBenchmark {

  private static final Model COPIED =
      Model.named("bench_copy")
          .key(Keys.longValue("id", e -> null))
          .key(Keys.string("user_id", e -> null))
          .measure(Measures.count("n"))
          .build();
  private static final Model INSERTED =
      Model.named("bench_insert")
          .key(Keys.longValue("id", e -> null))
          .key(Keys.string("user_id", e -> null))
          .measure(Measures.count("n"))
          .build();
  private static final RunId RUN = RunId.of("run=2024-05-01-00-00-00");
  private static final int BATCH = 1000;

  private PostgresLoadBenchmark() {}

  public static void main(String[] args) throws SQLException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String url = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/test";
    String user = args.length > 3 ? args[3] : "postgres";
    String schema = "furrow_bench_" + UUID.randomUUID().toString().substring(0, 8);
    PostgresSettings settings = new PostgresSettings(url, user, "", schema);
    PostgresSink sink = PostgresSink.create(settings);
    String insertUrl = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    try {
      sink.prepare(COPIED);
      sink.prepare(INSERTED);
      copy(sink, Math.min(rows, 100_000));
      insert(insertUrl, user, schema, Math.min(rows, 100_000));
      List<Double> copyRates = new ArrayList<>();
      List<Double> insertRates = new ArrayList<>();
      for (int i = 0; i < repeats; i++) {
        truncate(url, user, schema);
        copyRates.add(rows / copy(sink, rows));
        truncate(url, user, schema);
        insertRates.add(rows / insert(insertUrl, user, schema, rows));
      }
      double copyRate = median(copyRates);
      double insertRate = median(insertRates);
      System.out.printf(
          "rows=%d repeats=%d%n"
              + "COPY via PostgresSink                          : %,10.0f rows/s  runs %s%n"
              + "INSERT, batches of %d, reWriteBatchedInserts : %,10.0f rows/s  runs %s%n"
              + "COPY / INSERT                                  : %.2fx%n",
          rows,
          repeats,
          copyRate,
          format(copyRates),
          BATCH,
          insertRate,
          format(insertRates),
          copyRate / insertRate);
    } finally {
      execute(url, user, "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
  }

  /** Seconds taken by the sink to load {@code rows} rows. */
  private static double copy(PostgresSink sink, int rows) {
    long started = System.nanoTime();
    long written = sink.write(RUN, COPIED, PostgresSinkLargeLoadIT.generated(rows));
    double seconds = (System.nanoTime() - started) / 1e9;
    check(rows, written);
    return seconds;
  }

  /** Seconds taken by batched INSERTs of the same rows, in one transaction. */
  private static double insert(String url, String user, String schema, int rows)
      throws SQLException {
    long started = System.nanoTime();
    long written = 0;
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      c.setAutoCommit(false);
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO \""
                  + schema
                  + "\".\"bench_insert\" (run_id, id, user_id, n) VALUES (?, ?, ?, ?)")) {
        Iterator<ModelRow> generated = PostgresSinkLargeLoadIT.generated(rows);
        int pending = 0;
        while (generated.hasNext()) {
          ModelRow row = generated.next();
          p.setString(1, RUN.value());
          p.setLong(2, (Long) row.get(0));
          p.setString(3, (String) row.get(1));
          p.setLong(4, (Long) row.get(2));
          p.addBatch();
          written++;
          if (++pending == BATCH) {
            p.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          p.executeBatch();
        }
      }
      c.commit();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    check(rows, written);
    return seconds;
  }

  private static void truncate(String url, String user, String schema) throws SQLException {
    execute(
        url,
        user,
        "TRUNCATE \"" + schema + "\".\"bench_copy\", \"" + schema + "\".\"bench_insert\"",
        "VACUUM ANALYZE \"" + schema + "\".\"bench_copy\"",
        "VACUUM ANALYZE \"" + schema + "\".\"bench_insert\"");
    try {
      execute(url, user, "CHECKPOINT"); // so neither way pays for the other's dirty pages
    } catch (SQLException notAllowed) {
      System.err.println("CHECKPOINT skipped: " + notAllowed.getMessage());
    }
  }

  private static void execute(String url, String user, String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  private static void check(long expected, long written) {
    if (written != expected) {
      throw new IllegalStateException("wrote " + written + " rows, expected " + expected);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String format(List<Double> rates) {
    return rates.stream().map(r -> String.format("%,.0f", r)).toList().toString();
  }
}
