package dev.furrow.sinks.parquet;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.RUN_B;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.sinks.FileSinkSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet sink's files read by DuckDB with Hive partitioning, the way a reporting user reads
 * them. Needs {@code -Duser.timezone=UTC}: DuckDB returns TIMESTAMPTZ in the JVM's zone.
 */
class ParquetSinkDuckDbIT {

  @TempDir Path root;

  private Connection duckDb;

  @BeforeEach
  void connect() throws SQLException {
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterEach
  void disconnect() throws SQLException {
    duckDb.close();
  }

  @Test
  void duckDb_readsEveryValue_withTheRunIdFromThePartitionDirectory() throws SQLException {
    List<ModelRow> rowsB = VARIED.subList(0, 2);
    write(RUN_A, VARIED);
    write(RUN_B, rowsB);

    Map<RunId, List<ModelRow>> byRun = readByRun();

    assertEquals(List.of(RUN_A, RUN_B), List.copyOf(byRun.keySet()));
    assertSameRows(VARIED, byRun.get(RUN_A));
    assertSameRows(rowsB, byRun.get(RUN_B));
  }

  @Test
  void duckDb_seesTheDeclaredTypes_andRunIdAsAString() throws SQLException {
    write(RUN_A, VARIED);

    List<String> columns = new ArrayList<>();
    try (Statement s = duckDb.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + table())) {
      while (r.next()) {
        columns.add(r.getString("column_name") + " " + r.getString("column_type"));
      }
    }

    assertEquals(
        List.of(
            "page VARCHAR",
            "report_date DATE",
            "hour INTEGER",
            "is_mobile BOOLEAN",
            "events BIGINT",
            "revenue DOUBLE",
            "last_seen TIMESTAMP WITH TIME ZONE",
            "run_id VARCHAR"),
        columns);
  }

  @Test
  void rewrittenRun_isReadOnce_andStagingLeftoversAreNotRead() throws Exception {
    write(RUN_A, VARIED);
    write(RUN_A, VARIED.subList(0, 1));
    Path leftover = root.resolve("sink_contract_all_types/_furrow/run_id=x/staging-killed");
    Files.createDirectories(leftover);
    Files.copy(
        ParquetFiles.runDirectory(root, ALL_TYPES, RUN_A).resolve("part-00000.parquet"),
        leftover.resolve("part-00000.parquet"));

    Map<RunId, List<ModelRow>> byRun = readByRun();

    assertEquals(List.of(RUN_A), List.copyOf(byRun.keySet()));
    assertSameRows(VARIED.subList(0, 1), byRun.get(RUN_A));
  }

  private void write(RunId run, List<ModelRow> rows) {
    try (ParquetSink sink = ParquetSink.open(FileSinkSettings.at(root.toString()))) {
      sink.write(run, ALL_TYPES, rows.iterator());
    }
  }

  private String table() {
    return "read_parquet('"
        + root
        + "/sink_contract_all_types/*/*.parquet', hive_partitioning = true)";
  }

  private Map<RunId, List<ModelRow>> readByRun() throws SQLException {
    Map<RunId, List<ModelRow>> byRun = new TreeMap<>();
    try (Statement s = duckDb.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT page, report_date, hour, is_mobile, events, revenue, last_seen, run_id"
                    + " FROM "
                    + table())) {
      while (r.next()) {
        OffsetDateTime lastSeen = (OffsetDateTime) r.getObject(7);
        if (lastSeen != null) {
          assertEquals(
              ZoneOffset.UTC, lastSeen.getOffset(), "run the tests with user.timezone=UTC");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          values.add(r.getObject(i));
        }
        values.add(lastSeen == null ? null : (Object) lastSeen.toInstant());
        RunId run = RunId.of(r.getString(8));
        byRun.computeIfAbsent(run, k -> new ArrayList<>()).add(new ModelRow(values));
      }
    }
    return byRun;
  }
}
