package dev.furrow.sinks.postgres;

import static dev.furrow.sinks.postgres.SqlIdentifiers.qualified;

import dev.furrow.sinks.postgres.ModelTable.ExpectedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Ledger: the table {@code furrow_loads (run_id, model, rows, loaded_at, seconds)}, one row per run
 * and model, written in the transaction that loads that run, so it always describes the rows the
 * model's table holds. A reload replaces the row.
 */
final class LoadLedger {

  static final String TABLE = ModelTable.LEDGER;

  static final List<ExpectedColumn> COLUMNS =
      List.of(
          new ExpectedColumn("run_id", "text", true),
          new ExpectedColumn("model", "text", true),
          new ExpectedColumn("rows", "bigint", true),
          new ExpectedColumn("loaded_at", "timestamp with time zone", true),
          new ExpectedColumn("seconds", "double precision", true));

  /** The ledger's primary key. */
  static final List<String> KEY = List.of("run_id", "model");

  private LoadLedger() {}

  static String createTableSql(String schema) {
    return "CREATE TABLE "
        + qualified(schema, TABLE)
        + " (\"run_id\" text NOT NULL, \"model\" text NOT NULL, \"rows\" bigint NOT NULL,"
        + " \"loaded_at\" timestamp with time zone NOT NULL,"
        + " \"seconds\" double precision NOT NULL, PRIMARY KEY (\"run_id\", \"model\"))";
  }

  /** Records that {@code rows} rows of {@code model} were loaded for {@code runId}. */
  static void record(
      Connection c, String schema, String runId, String model, long rows, double seconds)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO "
                + qualified(schema, TABLE)
                + " (\"run_id\", \"model\", \"rows\", \"loaded_at\", \"seconds\")"
                + " VALUES (?, ?, ?, clock_timestamp(), ?)"
                + " ON CONFLICT (\"run_id\", \"model\") DO UPDATE SET \"rows\" = EXCLUDED.\"rows\","
                + " \"loaded_at\" = EXCLUDED.\"loaded_at\", \"seconds\" = EXCLUDED.\"seconds\"")) {
      p.setString(1, runId);
      p.setString(2, model);
      p.setLong(3, rows);
      p.setDouble(4, seconds);
      p.executeUpdate();
    }
  }
}
