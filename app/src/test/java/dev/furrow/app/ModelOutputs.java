package dev.furrow.app;

import dev.furrow.domain.local.LocalRunFiles;
import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.InMemoryExecutor;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.run.RunId;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Test helper: a model's rows for one run as the in-memory executor defines them, and as Spark and
 * DuckDB read them back from the Parquet output, all in one comparable form (values as text, dates
 * as ISO dates, timestamps as ISO instants, rows sorted).
 */
final class ModelOutputs {

  private ModelOutputs() {}

  /** The in-memory executor's rows for the lines of a run folder. */
  static List<List<String>> expected(String model, Path runFolder, Dedup dedup) {
    try (Stream<String> lines =
        LocalRunFiles.dataFiles(runFolder).stream().flatMap(LocalRunFiles::lines)) {
      return canonical(
          InMemoryExecutor.runLines(BuiltInModels.byName(model), lines.toList(), dedup)
              .rows()
              .stream()
              .map(ModelRow::values)
              .toList());
    }
  }

  /** The rows of one run, read by Spark with partition discovery of {@code run_id}. */
  static List<List<String>> readBySpark(
      SparkSession spark, Path modelDir, String model, RunId run) {
    List<Row> rows =
        spark
            .read()
            .parquet(modelDir.toString())
            .where(functions.col("run_id").equalTo(run.value()))
            .selectExpr(columns(model).toArray(String[]::new))
            .collectAsList();
    List<List<Object>> values = new ArrayList<>();
    for (Row row : rows) {
      List<Object> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        cells.add(row.get(i));
      }
      values.add(cells);
    }
    return canonical(values);
  }

  /** The rows of every run, read by DuckDB with hive partitioning, by run id. */
  static Map<String, List<List<String>>> readByDuckDb(Path modelDir, String model)
      throws SQLException {
    List<String> columns = columns(model);
    Map<String, List<List<Object>>> byRun = new HashMap<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT run_id, "
                    + String.join(", ", columns)
                    + " FROM read_parquet('"
                    + modelDir
                    + "/*/*.parquet', hive_partitioning = true)")) {
      while (rs.next()) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          cells.add(rs.getObject(i + 2));
        }
        String runId = URLDecoder.decode(rs.getString(1), StandardCharsets.UTF_8);
        byRun.computeIfAbsent(runId, k -> new ArrayList<>()).add(cells);
      }
    }
    Map<String, List<List<String>>> result = new HashMap<>();
    byRun.forEach((run, rows) -> result.put(run, canonical(rows)));
    return result;
  }

  private static List<String> columns(String model) {
    return BuiltInModels.byName(model).columns().stream().map(Column::name).toList();
  }

  private static List<List<String>> canonical(List<List<Object>> rows) {
    List<List<String>> result = new ArrayList<>();
    for (List<Object> row : rows) {
      result.add(row.stream().map(ModelOutputs::canonical).toList());
    }
    result.sort(Comparator.comparing(Object::toString));
    return result;
  }

  private static String canonical(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof Number number) {
      return number instanceof Double || number instanceof Float
          ? Double.toString(number.doubleValue())
          : Long.toString(number.longValue());
    }
    return value.toString();
  }
}
