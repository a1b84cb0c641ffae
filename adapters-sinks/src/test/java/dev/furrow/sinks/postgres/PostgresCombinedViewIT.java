package dev.furrow.sinks.postgres;

import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.sinks.postgres.TestDatabase.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Combine;
import dev.furrow.domain.model.InMemoryExecutor;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.model.RowCombiner;
import dev.furrow.domain.model.builtin.PageviewGeoSummary;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.testing.SampleTraffic;
import dev.furrow.domain.testing.TestEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code <model>_combined} view: all runs combined by each column's combine rule. */
class PostgresCombinedViewIT {

  private static final TestDatabase DB = TestDatabase.create();
  private static final RunId RUN_1 = RunId.of("run=2024-05-01-00-00-00");
  private static final RunId RUN_2 = RunId.of("run=2024-05-02-00-00-00");
  private static final RunId RUN_3 = RunId.of("run=2024-05-03-00-00-00");

  /** Every combine rule on every type it applies to. */
  private static final Model RULES =
      Model.named("combine_rules")
          .key(Keys.string("page", e -> null))
          .key(Keys.date("day", e -> null, ZoneOffset.UTC))
          .measure(Measures.count("events"))
          .measure(Measures.sum("revenue", ColumnType.DOUBLE, e -> (Double) null))
          .measure(
              Measures.<Integer>min("clicks", ColumnType.INT, e -> null).withCombine(Combine.SUM))
          .measure(Measures.<Long>min("min_long", ColumnType.LONG, e -> null))
          .measure(Measures.<Double>max("max_double", ColumnType.DOUBLE, e -> null))
          .measure(Measures.<Double>min("min_double", ColumnType.DOUBLE, e -> null))
          .measure(Measures.<String>any("any_text", ColumnType.STRING, e -> null))
          .measure(Measures.<String>max("max_text", ColumnType.STRING, e -> null))
          .measure(Measures.<LocalDate>min("first_day", ColumnType.DATE, e -> null))
          .measure(Measures.<Instant>min("first_seen", ColumnType.TIMESTAMP, e -> null))
          .measure(Measures.<Instant>max("last_seen", ColumnType.TIMESTAMP, e -> null))
          .measure(Measures.<Boolean>min("all_true", ColumnType.BOOLEAN, e -> null))
          .measure(Measures.<Boolean>max("some_true", ColumnType.BOOLEAN, e -> null))
          .measure(Measures.<Boolean>any("any_bool", ColumnType.BOOLEAN, e -> null))
          .build();

  private static final LocalDate DAY = LocalDate.parse("2024-05-01");

  private PostgresSink sink;

  @BeforeEach
  void emptySchema() {
    DB.reset();
    sink = PostgresSink.create(DB.settings());
  }

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Test
  void view_equalsTheRowCombinerOverAllRuns_forEveryRuleAndType() {
    List<ModelRow> run1 =
        List.of(
            rules(
                "/a", DAY, 2L, 1.25, 3, 5L, 1.5, -1.0, "apple", "apple", DAY, at(10), at(20), true,
                true, true),
            rules(
                null,
                DAY,
                1L,
                null,
                null,
                null,
                Double.NaN,
                2.0,
                null,
                "Zebra",
                null,
                null,
                null,
                null,
                null,
                false),
            rules(
                "/b",
                null,
                4L,
                0.5,
                Integer.MAX_VALUE - 10,
                Long.MIN_VALUE,
                -0.5,
                3.0,
                "Banana",
                "zoo",
                DAY.minusDays(400),
                at(1),
                at(2),
                false,
                false,
                null));
    List<ModelRow> run2 =
        List.of(
            rules(
                "/a",
                DAY,
                3L,
                2.5,
                4,
                -7L,
                9.0,
                -2.0,
                "Banana",
                "Apple",
                DAY.plusDays(1),
                at(5),
                at(15),
                true,
                false,
                false),
            rules(
                null,
                DAY,
                5L,
                0.25,
                1,
                1L,
                0.0,
                Double.NEGATIVE_INFINITY,
                "éclair",
                "éclair",
                DAY,
                at(0),
                at(0),
                true,
                null,
                true),
            rules(
                "/b", null, 1L, 0.25, 10, 2L, null, null, "banana", "Zoo", null, null, at(99), true,
                true, true));
    List<ModelRow> run3 =
        List.of(
            rules(
                "/c",
                DAY.plusDays(2),
                7L,
                7.0,
                7,
                7L,
                7.0,
                7.0,
                "東京",
                "🌍",
                DAY,
                at(7),
                at(7),
                null,
                null,
                null),
            rules(
                "/a",
                DAY,
                1L,
                0.0,
                0,
                0L,
                Double.POSITIVE_INFINITY,
                0.0,
                "apple",
                "banana",
                DAY,
                at(30),
                at(3),
                false,
                true,
                true));

    sink.write(RUN_1, RULES, run1.iterator());
    sink.write(RUN_2, RULES, run2.iterator());
    sink.write(RUN_3, RULES, run3.iterator());

    List<ModelRow> all = new ArrayList<>(run1);
    all.addAll(run2);
    all.addAll(run3);
    List<ModelRow> expected = RowCombiner.combine(RULES, all);
    assertEquals(4, expected.size());
    assertSameRows(expected, DB.rows(RULES, "combine_rules_combined", "true"));

    List<ModelRow> run2Again = List.of(run2.get(0));
    sink.write(RUN_2, RULES, run2Again.iterator());

    List<ModelRow> afterRewrite = new ArrayList<>(run1);
    afterRewrite.addAll(run2Again);
    afterRewrite.addAll(run3);
    assertSameRows(
        RowCombiner.combine(RULES, afterRewrite), DB.rows(RULES, "combine_rules_combined", "true"));
  }

  @Test
  void viewOfAModelWithoutRows_isEmpty_evenWithoutKeys() {
    Model keyless = Model.named("keyless").measure(Measures.count("events")).build();

    sink.prepare(keyless);
    sink.prepare(RULES);

    assertEquals(List.of(), DB.rows(keyless, "keyless_combined", "true"));
    assertEquals(List.of(), DB.rows(RULES, "combine_rules_combined", "true"));
    sink.write(RUN_1, keyless, List.of(ModelRow.of(2L)).iterator());
    sink.write(RUN_2, keyless, List.of(ModelRow.of(3L)).iterator());
    assertEquals(List.of(ModelRow.of(5L)), DB.rows(keyless, "keyless_combined", "true"));
  }

  @Test
  void pageviewGeoSummaryView_equalsTheSeedSqlOverAllEvents() throws SQLException {
    List<EnrichedEvent> events = TestEvents.parse(SampleTraffic.lines(42, 3_000));
    PageviewGeoSummary model = new PageviewGeoSummary();
    List<RunId> runs = List.of(RUN_1, RUN_2, RUN_3);
    for (int r = 0; r < runs.size(); r++) {
      List<EnrichedEvent> ofRun = new ArrayList<>();
      for (int i = r; i < events.size(); i += runs.size()) {
        ofRun.add(events.get(i));
      }
      sink.write(runs.get(r), model, InMemoryExecutor.run(model, ofRun).iterator());
    }
    loadEvents(events);

    List<ModelRow> seed =
        DB.query(
            model.columns(),
            "SELECT DATE(derived_tstamp) AS report_date, page_url AS page,"
                + " geo_country AS country, COUNT(*) AS num_views,"
                + " MAX(etl_tstamp) AS last_etl_tstamp"
                + " FROM "
                + q(DB.schema)
                + ".events WHERE event = 'page_view' GROUP BY 1, 2, 3");

    List<ModelRow> view = DB.rows(model, "pageview_geo_summary_combined", "true");
    assertTrue(seed.size() > 10, "enough groups: " + seed.size());
    assertTrue(seed.stream().anyMatch(r -> r.get(2) == null), "a group without country");
    assertTrue(
        DB.queryLong("SELECT count(*) FROM " + q(DB.schema) + ".pageview_geo_summary")
            > view.size(),
        "some keys have rows in several runs");
    assertSameRows(seed, view);
    assertSameRows(InMemoryExecutor.run(model, events), view);
  }

  /** The seed SQL's input: the events table of the tutorial, with the fields it reads. */
  private static void loadEvents(List<EnrichedEvent> events) throws SQLException {
    DB.execute(
        "CREATE TABLE "
            + q(DB.schema)
            + ".events (event text, derived_tstamp timestamp, page_url text,"
            + " geo_country text, etl_tstamp timestamptz)");
    try (Connection c = DB.connect();
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO " + q(DB.schema) + ".events VALUES (?, ?, ?, ?, ?)")) {
      for (EnrichedEvent e : events) {
        insert.setString(1, e.event());
        insert.setObject(
            2,
            e.derivedTstamp() == null
                ? null
                : e.derivedTstamp().atOffset(ZoneOffset.UTC).toLocalDateTime());
        insert.setString(3, e.pageUrl());
        insert.setString(4, e.geoCountry());
        insert.setObject(5, e.etlTstamp() == null ? null : e.etlTstamp().atOffset(ZoneOffset.UTC));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static Instant at(int minute) {
    return Instant.parse("2024-05-01T00:00:00.000001Z").plusSeconds(60L * minute);
  }

  private static ModelRow rules(Object... values) {
    return ModelRow.of(values);
  }
}
