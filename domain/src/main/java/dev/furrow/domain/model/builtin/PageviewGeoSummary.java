package dev.furrow.domain.model.builtin;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Filters;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Model: page views per day, page and country; the Java form of
 *
 * <pre>
 * SELECT DATE(derived_tstamp) AS report_date, page_url AS page, geo_country AS country,
 *        COUNT(*) AS num_views, MAX(etl_tstamp) AS last_etl_tstamp
 * FROM events WHERE event = 'page_view' GROUP BY 1, 2, 3
 * </pre>
 */
public final class PageviewGeoSummary extends Model {

  private static final long serialVersionUID = 1L;

  /** Days in UTC, every app. */
  public PageviewGeoSummary() {
    this(ZoneOffset.UTC);
  }

  /** Days in {@code reportZone}, every app. */
  public PageviewGeoSummary(ZoneId reportZone) {
    this("page_view", reportZone, List.of());
  }

  /**
   * Events named {@code event}, days in {@code reportZone}, apps in {@code appIds} (all if empty).
   */
  public PageviewGeoSummary(String event, ZoneId reportZone, Collection<String> appIds) {
    super(
        named("pageview_geo_summary")
            .where(Filters.eventIs(event))
            .where(Filters.appIdIn(appIds))
            .key(Keys.date("report_date", EnrichedEvent::derivedTstamp, reportZone))
            .key(Keys.string("page", EnrichedEvent::pageUrl))
            .key(Keys.string("country", EnrichedEvent::geoCountry))
            .measure(Measures.count("num_views"))
            .measure(
                Measures.max("last_etl_tstamp", ColumnType.TIMESTAMP, EnrichedEvent::etlTstamp)));
  }
}
