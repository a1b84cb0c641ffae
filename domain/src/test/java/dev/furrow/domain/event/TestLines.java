package dev.furrow.domain.event;

import java.util.EnumMap;
import java.util.Map;

/**
 * Test-data builder for enriched-event TSV lines: a minimal valid page view whose fields can be
 * overridden one by one.
 */
public final class TestLines {

  private final Map<Field, String> values = new EnumMap<>(Field.class);

  private TestLines() {}

  /** A valid page view with the required fields and a few common ones set. */
  public static TestLines pageView() {
    return new TestLines()
        .with(Field.APP_ID, "shop")
        .with(Field.PLATFORM, "web")
        .with(Field.ETL_TSTAMP, "2024-05-01 10:00:01.123")
        .with(Field.COLLECTOR_TSTAMP, "2024-05-01 10:00:00")
        .with(Field.EVENT, "page_view")
        .with(Field.EVENT_ID, "c6ef3124-b53a-4b13-a233-0088f79dcbcb")
        .with(Field.V_COLLECTOR, "ssc-2.0.0")
        .with(Field.V_ETL, "enrich-3.0.0")
        .with(Field.GEO_COUNTRY, "FR")
        .with(Field.PAGE_URL, "https://example.com/a")
        .with(Field.DERIVED_TSTAMP, "2024-05-01 09:59:59.500");
  }

  /** Sets one field's text ({@code ""} empties it). */
  public TestLines with(Field field, String text) {
    values.put(field, text);
    return this;
  }

  /** The TSV line. */
  public String line() {
    StringBuilder line = new StringBuilder();
    for (Field field : Field.values()) {
      if (field.ordinal() > 0) {
        line.append('\t');
      }
      line.append(values.getOrDefault(field, ""));
    }
    return line.toString();
  }
}
