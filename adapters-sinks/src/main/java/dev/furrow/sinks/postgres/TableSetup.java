package dev.furrow.sinks.postgres;

import static dev.furrow.sinks.postgres.SqlIdentifiers.quote;

import dev.furrow.sinks.postgres.ModelTable.ExpectedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Schema keeper: makes sure the schema, the {@code furrow_loads} ledger, a model's table and its
 * combined view exist, in one transaction under an advisory lock per schema so concurrent writers
 * do not race on DDL. Tables are created when absent and checked when present; an existing table
 * that does not match is reported with every difference and never altered. The view is replaced
 * (CREATE OR REPLACE), so a changed combine rule takes effect.
 */
final class TableSetup {

  /** The first server version with UNIQUE NULLS NOT DISTINCT. */
  static final int MIN_SERVER_MAJOR = 15;

  private TableSetup() {}

  /** Prepares {@code table} and commits; the caller rolls back on failure. */
  static void prepare(Connection c, ModelTable table) throws SQLException {
    checkServerVersion(c);
    Locks.lock(c, "furrow-ddl:" + table.schema());
    ensureSchema(c, table.schema());
    ensureTable(
        c,
        table.schema(),
        LoadLedger.TABLE,
        LoadLedger.COLUMNS,
        LoadLedger.KEY,
        LoadLedger.createTableSql(table.schema()),
        "the ledger of loads");
    ensureTable(
        c,
        table.schema(),
        table.tableName(),
        table.expectedColumns(),
        table.uniqueColumns(),
        table.createTableSql(),
        "model " + table.model().name() + ", one set of rows per run (run_id)");
    try (Statement s = c.createStatement()) {
      s.execute(table.createViewSql());
      s.execute(
          "COMMENT ON VIEW "
              + table.qualifiedView()
              + " IS "
              + literal(
                  "Model "
                      + table.model().name()
                      + ": all runs combined, one row per key (maintained by Furrow)"));
    }
    c.commit();
  }

  private static void checkServerVersion(Connection c) throws SQLException {
    int major = c.getMetaData().getDatabaseMajorVersion();
    if (major < MIN_SERVER_MAJOR) {
      throw new PostgresSinkException(
          "The PostgreSQL sink needs PostgreSQL "
              + MIN_SERVER_MAJOR
              + " or newer (UNIQUE NULLS NOT DISTINCT, for key columns that may be null); the"
              + " server runs "
              + c.getMetaData().getDatabaseProductVersion());
    }
  }

  private static void ensureSchema(Connection c, String schema) throws SQLException {
    // Checked first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege even when it exists.
    try (PreparedStatement p =
        c.prepareStatement("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
      p.setString(1, schema);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          return;
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + quote(schema));
    }
  }

  private static void ensureTable(
      Connection c,
      String schema,
      String table,
      List<ExpectedColumn> expected,
      List<String> uniqueColumns,
      String createSql,
      String comment)
      throws SQLException {
    String name = SqlIdentifiers.qualified(schema, table);
    Optional<String> kind = relationKind(c, schema, table);
    if (kind.isEmpty()) {
      try (Statement s = c.createStatement()) {
        s.execute(createSql);
        s.execute(
            "COMMENT ON TABLE " + name + " IS " + literal(comment + " (maintained by Furrow)"));
      }
      return;
    }
    if (!kind.get().equals("r") && !kind.get().equals("p")) {
      throw new PostgresSinkException(
          name + " exists but is a " + describeKind(kind.get()) + ", not a table");
    }
    List<String> differences = columnDifferences(c, schema, table, expected);
    boolean keyMayBeNull =
        expected.stream().anyMatch(e -> uniqueColumns.contains(e.name()) && !e.notNull());
    if (differences.isEmpty() && !hasUniqueIndex(c, schema, table, uniqueColumns, keyMayBeNull)) {
      differences.add(
          "no "
              + (keyMayBeNull ? "UNIQUE NULLS NOT DISTINCT" : "UNIQUE")
              + " constraint on exactly ("
              + String.join(", ", uniqueColumns)
              + ")");
    }
    if (!differences.isEmpty()) {
      throw new PostgresSinkException(
          "Table "
              + name
              + " does not match what the sink expects: "
              + String.join("; ", differences)
              + ". The sink never alters an existing table: migrate, rename or drop it.");
    }
  }

  private static Optional<String> relationKind(Connection c, String schema, String table)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT c.relkind FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ?")) {
      p.setString(1, schema);
      p.setString(2, table);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  /** Missing, extra and mistyped columns, and a run_id that may be null. */
  static List<String> columnDifferences(
      Connection c, String schema, String table, List<ExpectedColumn> expected)
      throws SQLException {
    Map<String, ExpectedColumn> actual = new LinkedHashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull"
                + " FROM pg_catalog.pg_attribute a WHERE a.attrelid = ("
                + "SELECT c.oid FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ?)"
                + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
      p.setString(1, schema);
      p.setString(2, table);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          actual.put(
              r.getString(1), new ExpectedColumn(r.getString(1), r.getString(2), r.getBoolean(3)));
        }
      }
    }
    List<String> differences = new ArrayList<>();
    for (ExpectedColumn want : expected) {
      ExpectedColumn have = actual.remove(want.name());
      if (have == null) {
        differences.add("missing column " + want.name() + " (" + want.type() + ")");
      } else if (!have.type().equals(want.type())) {
        differences.add(
            "column " + want.name() + " is " + have.type() + " but should be " + want.type());
      } else if (want.notNull() && !have.notNull()) {
        differences.add("column " + want.name() + " should be NOT NULL");
      }
    }
    actual.values().forEach(extra -> differences.add("extra column " + extra.name()));
    return differences;
  }

  private static boolean hasUniqueIndex(
      Connection c, String schema, String table, List<String> columns, boolean keyMayBeNull)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT i.indnullsnotdistinct, ARRAY(SELECT a.attname::text"
                + " FROM generate_series(0, i.indnkeyatts - 1) g"
                + " JOIN pg_catalog.pg_attribute a"
                + " ON a.attrelid = i.indrelid AND a.attnum = i.indkey[g])"
                + " FROM pg_catalog.pg_index i WHERE i.indrelid = ("
                + "SELECT c.oid FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ?)"
                + " AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL")) {
      p.setString(1, schema);
      p.setString(2, table);
      Set<String> wanted = new TreeSet<>(columns);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          boolean nullsNotDistinct = r.getBoolean(1);
          Set<String> indexed = new TreeSet<>(List.of((String[]) r.getArray(2).getArray()));
          if (indexed.equals(wanted) && (nullsNotDistinct || !keyMayBeNull)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String describeKind(String relkind) {
    return switch (relkind) {
      case "v" -> "view";
      case "m" -> "materialized view";
      case "f" -> "foreign table";
      case "S" -> "sequence";
      case "i", "I" -> "index";
      default -> "relation of kind '" + relkind + "'";
    };
  }

  /** A SQL string literal of {@code text}. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
