package dev.furrow.sinks.postgres;

import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Combine;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Test fixture: the PostgreSQL server on 127.0.0.1:5432 (database {@code test}, trust
 * authentication), a schema of its own ({@code furrow_it_<random>}, dropped by {@link #close()}) so
 * parallel or repeated runs never collide, and a unique {@code ApplicationName} by which tests find
 * the sink's backend in {@code pg_stat_activity}.
 */
final class TestDatabase implements AutoCloseable {

  static final String BASE_URL =
      System.getProperty("furrow.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getProperty("furrow.it.pg.user", "postgres");

  final String schema;
  final String applicationName;

  private TestDatabase(String id) {
    this.schema = "furrow_it_" + id;
    this.applicationName = "furrow-it-" + id;
  }

  /** A database handle with a fresh (not yet existing) schema name. */
  static TestDatabase create() {
    return new TestDatabase(UUID.randomUUID().toString().replace("-", "").substring(0, 16));
  }

  /** Settings of a sink writing to this fixture's schema, tagged with its application name. */
  PostgresSettings settings() {
    return new PostgresSettings(BASE_URL + "?ApplicationName=" + applicationName, USER, "", schema);
  }

  /** A plain connection in auto-commit mode, for setting up and checking. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(BASE_URL, USER, "");
  }

  /** Drops the schema and everything in it. */
  void drop() {
    execute("DROP SCHEMA IF EXISTS " + q(schema) + " CASCADE");
  }

  /** Empties the schema: drops and re-creates it. */
  void reset() {
    drop();
    execute("CREATE SCHEMA " + q(schema));
  }

  void execute(String... sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The model's columns of {@code relation} rows matching {@code where} (SQL, may use ?). */
  List<ModelRow> rows(Model model, String relation, String where, Object... params) {
    String columns =
        model.columns().stream().map(c -> q(c.name())).collect(Collectors.joining(", "));
    String sql = "SELECT " + columns + " FROM " + q(schema) + "." + q(relation) + " WHERE " + where;
    return query(model.columns(), sql, params);
  }

  /** The rows of {@code sql}, converted by {@code columns}' types. */
  List<ModelRow> query(List<Column> columns, String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      List<ModelRow> rows = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          List<Object> values = new ArrayList<>();
          for (int i = 0; i < columns.size(); i++) {
            values.add(value(r, i + 1, columns.get(i).type()));
          }
          rows.add(new ModelRow(values));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of {@code sql}'s rows, as strings. */
  List<String> strings(String sql, Object... params) {
    Column text = new Column("value", ColumnType.STRING, Combine.KEY);
    return query(List.of(text), sql, params).stream().map(r -> (String) r.get(0)).toList();
  }

  /** Whether {@code table} exists in this fixture's schema. */
  boolean tableExists(String table) {
    return queryLong(
            "SELECT count(*) FROM pg_tables WHERE schemaname = ? AND tablename = ?", schema, table)
        > 0;
  }

  /** A single long from {@code sql}. */
  long queryLong(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object value(ResultSet r, int index, ColumnType type) throws SQLException {
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

  /** A double-quoted identifier (the names used here are plain). */
  static String q(String name) {
    return '"' + name + '"';
  }

  @Override
  public void close() {
    drop();
  }
}
