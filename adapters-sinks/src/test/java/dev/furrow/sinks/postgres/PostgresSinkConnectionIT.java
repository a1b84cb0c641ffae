package dev.furrow.sinks.postgres;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ModelRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Connections: URL options pass through, failures are clear and never show a password. */
class PostgresSinkConnectionIT {

  private static final TestDatabase DB = TestDatabase.create();

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Test
  void unreachableServer_failsNamingTheRedactedUrl_withoutEitherPassword() {
    PostgresSettings settings =
        new PostgresSettings(
            "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2&password=url-secret-1",
            "furrow",
            "pw-secret-2",
            "public");
    PostgresSink sink = PostgresSink.create(settings);

    PostgresSinkException e =
        assertThrows(
            PostgresSinkException.class, () -> sink.write(RUN_A, ALL_TYPES, VARIED.iterator()));

    String trace = PostgresSettingsTest.stackTrace(e);
    assertTrue(
        e.getMessage()
            .startsWith(
                "Cannot connect to PostgreSQL at"
                    + " jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2&password=*** as furrow"),
        e.getMessage());
    assertFalse(trace.contains("url-secret-1"), trace);
    assertFalse(trace.contains("pw-secret-2"), trace);
    assertFalse(sink.toString().contains("secret"), sink.toString());
  }

  @Test
  void driverOptionsInTheUrl_passThrough_andEachWriteClosesItsConnection() {
    String application = DB.applicationName + "-opts";
    PostgresSettings settings =
        new PostgresSettings(
            TestDatabase.BASE_URL
                + "?ApplicationName="
                + application
                + "&options=-c%20search_path%3Dnowhere",
            TestDatabase.USER,
            "",
            DB.schema);
    PostgresSink sink = PostgresSink.create(settings);

    List<Long> backendsDuringLoad = new ArrayList<>();
    Iterator<ModelRow> rows = VARIED.iterator();
    Iterator<ModelRow> watching =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return rows.hasNext();
          }

          @Override
          public ModelRow next() {
            backendsDuringLoad.add(backends(application));
            return rows.next();
          }
        };

    sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    sink.write(RUN_A, ALL_TYPES, watching);

    assertEquals(Collections.nCopies(VARIED.size(), 1L), backendsDuringLoad);
    assertEquals(0, backends(application));
    assertSameRows(VARIED, DB.rows(ALL_TYPES, ALL_TYPES.name(), "run_id = ?", RUN_A.value()));
  }

  private static long backends(String application) {
    return DB.queryLong(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?", application);
  }
}
