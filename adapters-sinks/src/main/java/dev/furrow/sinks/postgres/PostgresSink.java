package dev.furrow.sinks.postgres;

import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sink.Sink;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: a {@link Sink} loading each model's rows into a PostgreSQL (15+) table named after the
 * model, in the configured schema, with a {@code run_id} column; each run of each model is loaded
 * in one transaction (delete the run's rows, COPY the new ones, record the load in {@code
 * furrow_loads}), so a crash leaves the previous rows or the new ones and a reload leaves one copy.
 *
 * <p>For each model it creates, when absent: the table ({@link ModelTable}: the model's columns
 * plus {@code run_id}, unique per run and key, null keys included), the ledger {@code furrow_loads
 * (run_id, model, rows, loaded_at, seconds)} and the view {@code <model>_combined}, which combines
 * all runs by each column's combine rule (one row per key, as {@link
 * dev.furrow.domain.model.RowCombiner} does). An existing table that does not match the model is an
 * error naming the differences; it is never altered. Each write opens and closes its own
 * connection, so the sink holds no resources between writes and may be used from several threads.
 */
public final class PostgresSink implements Sink {

  /** The name of this sink in configuration. */
  public static final String NAME = "postgres";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresSink.class);

  private final PostgresSettings settings;
  private final Connections connections;
  private final Set<Prepared> prepared = ConcurrentHashMap.newKeySet();

  private PostgresSink(PostgresSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.connections = new Connections(settings);
  }

  /** A sink connecting with {@code settings}; it connects only when asked to prepare or write. */
  public static PostgresSink create(PostgresSettings settings) {
    return new PostgresSink(settings);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Rows are streamed to the server in chunks; their number is bounded by the table, not by
   * memory. Concurrent writes of the same run and model wait for each other.
   *
   * @throws PostgresSinkException when the database fails or the table does not match the model;
   *     the message says whether the run kept its previous rows
   * @throws IllegalArgumentException when a row does not fit the model (the run keeps its rows)
   * @throws RuntimeException a failure of {@code rows} itself, rethrown as it is (likewise)
   */
  @Override
  public long write(RunId runId, Model model, Iterator<ModelRow> rows) {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(rows, "rows");
    ModelTable table = new ModelTable(settings.schema(), model);
    String what = "run " + runId + " of model " + model.name() + " into " + table.qualifiedTable();
    Connection c = open();
    try {
      prepareOnce(c, table);
      long started = System.nanoTime();
      long count;
      try {
        count = CopyLoad.load(c, table, runId, rows, started);
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        // The table may have been changed or dropped behind the sink's back: check it next time.
        prepared.remove(Prepared.of(model));
        throw failure("Cannot load " + what + "; the run keeps its previous rows", e);
      } catch (RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      }
      try {
        c.commit();
      } catch (SQLException e) {
        throw failure(
            "Commit of "
                + what
                + " failed; the run holds either its previous rows or all the new ones, never a"
                + " mix: write it again",
            e);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      LOG.info(
          "Loaded {} rows of model {} for {} into {} in {} s ({} rows/s, computing the rows included)",
          count,
          model.name(),
          runId,
          table.qualifiedTable(),
          String.format("%.3f", seconds),
          seconds > 0 ? Math.round(count / seconds) : count);
      return count;
    } finally {
      close(c);
    }
  }

  /**
   * Creates {@code model}'s table, the ledger and the combined view if absent (and replaces the
   * view), or checks that an existing table matches the model. Writes do this themselves; call it
   * to fail early, at start-up.
   *
   * @throws PostgresSinkException when the database fails or an existing table does not match
   */
  public void prepare(Model model) {
    ModelTable table = new ModelTable(settings.schema(), model);
    prepared.remove(Prepared.of(model));
    Connection c = open();
    try {
      prepareOnce(c, table);
    } finally {
      close(c);
    }
  }

  private void prepareOnce(Connection c, ModelTable table) {
    Prepared key = Prepared.of(table.model());
    if (prepared.contains(key)) {
      return;
    }
    try {
      TableSetup.prepare(c, table);
    } catch (SQLException e) {
      rollbackQuietly(c, e);
      throw failure(
          "Cannot prepare table "
              + table.qualifiedTable()
              + " and view "
              + table.qualifiedView()
              + " of model "
              + table.model().name(),
          e);
    } catch (RuntimeException e) {
      rollbackQuietly(c, e);
      throw e;
    }
    prepared.add(key);
  }

  private Connection open() {
    try {
      return connections.open();
    } catch (SQLException e) {
      throw failure(
          "Cannot connect to PostgreSQL at "
              + settings.redactedUrl()
              + (settings.user().isEmpty() ? "" : " as " + settings.user()),
          e);
    }
  }

  private void close(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.warn("Closing a PostgreSQL connection failed: {}", settings.secrets().scrub(describe(e)));
    }
  }

  private static void rollbackQuietly(Connection c, Throwable failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** A failure whose message and causes hold no secret. */
  private PostgresSinkException failure(String message, SQLException e) {
    Secrets secrets = settings.secrets();
    return new PostgresSinkException(
        secrets.scrub(message + ": " + describe(e)), secrets.scrub((Throwable) e));
  }

  private static String describe(SQLException e) {
    String state = e.getSQLState();
    return e.getMessage() + (state == null ? "" : " [SQLState " + state + "]");
  }

  @Override
  public String toString() {
    return "PostgresSink[" + settings + "]";
  }

  /** Which model versions this sink has prepared: by name and columns. */
  private record Prepared(String name, List<Column> columns) {
    static Prepared of(Model model) {
      return new Prepared(model.name(), model.columns());
    }
  }
}
