package dev.furrow.app;

import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Test fixture: a schema of its own ({@code furrow_it_<random>}, dropped by {@link #close()}) in
 * the PostgreSQL server on 127.0.0.1:5432 (database {@code test}, trust authentication; {@code
 * FURROW_IT_PG_URL} and {@code FURROW_IT_PG_USER} override), and typed reads of what the sink
 * wrote.
 */
final class PostgresTestSchema implements AutoCloseable {

  static final String URL =
      Objects.requireNonNullElse(
          System.getenv("FURROW_IT_PG_URL"), "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER =
      Objects.requireNonNullElse(System.getenv("FURROW_IT_PG_USER"), "postgres");

  /** One row of the {@code furrow_loads} ledger. */
  record Load(String runId, String model, long rows, Instant loadedAt) {}

  final String name;

  private PostgresTestSchema(String name) {
    this.name = name;
  }

  /** A fresh schema name; the sink creates the schema itself. */
  static PostgresTestSchema fresh() {
    return new PostgresTestSchema(
        "furrow_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
  }

  /** The {@code --set} options that point Furrow at this schema. */
  List<String> furrowOptions() {
    return List.of(
        "--set", "furrow.postgres.url=" + URL,
        "--set", "furrow.postgres.user=" + USER,
        "--set", "furrow.postgres.schema=" + name);
  }

  /** Every row of {@code relation} in {@code model}'s columns, sorted by their text. */
  List<ModelRow> rows(Model model, String relation) throws SQLException {
    String columns =
        model.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    List<ModelRow> rows = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT " + columns + " FROM " + quote(name) + "." + quote(relation))) {
      while (r.next()) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < model.columns().size(); i++) {
          values.add(value(r, i + 1, model.columns().get(i)));
        }
        rows.add(new ModelRow(values));
      }
    }
    return sorted(rows);
  }

  /** {@code rows} sorted by their text, for order-independent comparison. */
  static List<ModelRow> sorted(List<ModelRow> rows) {
    return rows.stream().sorted(Comparator.comparing(ModelRow::toString)).toList();
  }

  /** The ledger, by run and model. */
  List<Load> loads() throws SQLException {
    List<Load> loads = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT run_id, model, rows, loaded_at FROM "
                    + quote(name)
                    + ".furrow_loads ORDER BY run_id, model")) {
      while (r.next()) {
        loads.add(
            new Load(
                r.getString(1),
                r.getString(2),
                r.getLong(3),
                r.getObject(4, OffsetDateTime.class).toInstant()));
      }
    }
    return loads;
  }

  /** The number of rows of {@code table}. */
  long count(String table) throws SQLException {
    try (Connection c = connect();
        PreparedStatement p =
            c.prepareStatement("SELECT count(*) FROM " + quote(name) + "." + quote(table));
        ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Object value(ResultSet r, int index, Column column) throws SQLException {
    ColumnType type = column.type();
    return switch (type) {
      case STRING -> r.getString(index);
      case INT -> r.getObject(index, Integer.class);
      case LONG -> r.getObject(index, Long.class);
      case DOUBLE -> r.getObject(index, Double.class);
      case BOOLEAN -> r.getObject(index, Boolean.class);
      case DATE -> r.getObject(index, LocalDate.class);
      case TIMESTAMP -> {
        OffsetDateTime t = r.getObject(index, OffsetDateTime.class);
        yield t == null ? null : t.toInstant();
      }
    };
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, "");
  }

  /** A double-quoted identifier; the names used here are plain. */
  private static String quote(String identifier) {
    return '"' + identifier + '"';
  }

  /** Drops the schema and everything in it. */
  @Override
  public void close() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + quote(name) + " CASCADE");
    }
  }
}
