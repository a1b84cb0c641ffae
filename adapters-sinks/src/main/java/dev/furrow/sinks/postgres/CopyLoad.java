package dev.furrow.sinks.postgres;

import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loader: replaces one run of one model inside the caller's transaction: takes the run's advisory
 * lock (concurrent loads of the same run queue up instead of interleaving), deletes the run's rows,
 * streams the new rows through {@code COPY ... FROM STDIN} in chunks of about {@link #CHUNK_CHARS}
 * characters (never all rows in memory, never row by row) and records the load in the ledger. The
 * caller commits or rolls back.
 */
final class CopyLoad {

  /** How much CSV is built up before it is sent to the server. */
  static final int CHUNK_CHARS = 1 << 20;

  private CopyLoad() {}

  /**
   * Loads {@code rows} as the rows of {@code runId}; returns how many were loaded. A failure of
   * {@code rows} (or an invalid row) cancels the COPY and is rethrown as it is.
   */
  static long load(
      Connection c, ModelTable table, RunId runId, Iterator<ModelRow> rows, long startedNanos)
      throws SQLException {
    Locks.lock(c, "furrow-load:" + table.qualifiedTable() + ":" + runId.value());
    try (PreparedStatement delete = c.prepareStatement(table.deleteRunSql())) {
      delete.setString(1, runId.value());
      delete.executeUpdate();
    }
    long count = copy(c, table, runId, rows);
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    LoadLedger.record(c, table.schema(), runId.value(), table.model().name(), count, seconds);
    return count;
  }

  private static long copy(Connection c, ModelTable table, RunId runId, Iterator<ModelRow> rows)
      throws SQLException {
    CsvRows csv = new CsvRows(table.model(), runId.value());
    CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copySql());
    try {
      StringBuilder chunk = new StringBuilder(CHUNK_CHARS + (CHUNK_CHARS >> 4));
      long count = 0;
      while (rows.hasNext()) {
        csv.append(chunk, rows.next());
        count++;
        if (chunk.length() >= CHUNK_CHARS) {
          send(copy, chunk);
        }
      }
      send(copy, chunk);
      long copied = copy.endCopy();
      if (copied != count) {
        throw new SQLException("COPY stored " + copied + " rows but " + count + " were sent");
      }
      return count;
    } catch (SQLException | RuntimeException | Error e) {
      cancel(copy, e);
      throw e;
    }
  }

  private static void send(CopyIn copy, StringBuilder chunk) throws SQLException {
    if (chunk.length() == 0) {
      return;
    }
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    chunk.setLength(0);
    copy.writeToCopy(bytes, 0, bytes.length);
  }

  private static void cancel(CopyIn copy, Throwable failure) {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
