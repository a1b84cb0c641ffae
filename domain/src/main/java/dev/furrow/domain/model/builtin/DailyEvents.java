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

/** Model: event counts per collector day, app, platform and event name. */
public final class DailyEvents extends Model {

  private static final long serialVersionUID = 1L;

  /** Days in UTC, every app. */
  public DailyEvents() {
    this(ZoneOffset.UTC);
  }

  /** Days in {@code reportZone}, every app. */
  public DailyEvents(ZoneId reportZone) {
    this(reportZone, List.of());
  }

  /** Days in {@code reportZone}, apps in {@code appIds} (all if empty). */
  public DailyEvents(ZoneId reportZone, Collection<String> appIds) {
    super(
        named("daily_events")
            .where(Filters.appIdIn(appIds))
            .key(Keys.date("collector_date", EnrichedEvent::collectorTstamp, reportZone))
            .key(Keys.string("app_id", EnrichedEvent::appId))
            .key(Keys.string("platform", EnrichedEvent::platform))
            .key(Keys.string("event_name", EnrichedEvent::eventName))
            .measure(Measures.count("events"))
            .measure(
                Measures.min(
                    "first_collector_tstamp", ColumnType.TIMESTAMP, EnrichedEvent::collectorTstamp))
            .measure(
                Measures.max(
                    "last_collector_tstamp",
                    ColumnType.TIMESTAMP,
                    EnrichedEvent::collectorTstamp)));
  }
}
