package dev.furrow.app.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Test fixture: two fresh schema names, one for the cluster run and one for the local run, in the
 * PostgreSQL server on 127.0.0.1:5432 (database {@code test}, trust authentication; {@code
 * FURROW_IT_PG_URL} and {@code FURROW_IT_PG_USER} override). The sink creates the schemas; {@link
 * #close()} drops them.
 */
final class PostgresSchemas implements AutoCloseable {

  static final String URL =
      Objects.requireNonNullElse(
          System.getenv("FURROW_IT_PG_URL"), "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER =
      Objects.requireNonNullElse(System.getenv("FURROW_IT_PG_USER"), "postgres");

  private final String cluster;
  private final String local;

  private PostgresSchemas(String suffix) {
    this.cluster = "furrow_cluster_" + suffix;
    this.local = "furrow_local_" + suffix;
  }

  static PostgresSchemas fresh() {
    return new PostgresSchemas(UUID.randomUUID().toString().replace("-", "").substring(0, 10));
  }

  String cluster() {
    return cluster;
  }

  String local() {
    return local;
  }

  /** Every row of {@code schema.table}, each as the text of all its columns, sorted. */
  List<String> rows(String schema, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(URL, USER, "");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM \"" + schema + "\".\"" + table + "\"")) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(r.getMetaData().getColumnName(i) + "=" + r.getString(i));
        }
        rows.add(values.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, USER, "");
        Statement s = c.createStatement()) {
      for (String schema : List.of(cluster, local)) {
        s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      }
    }
  }
}
