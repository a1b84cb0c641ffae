package dev.furrow.domain.model.builtin;

import static dev.furrow.domain.model.ColumnType.LONG;
import static dev.furrow.domain.model.ColumnType.STRING;
import static dev.furrow.domain.model.ColumnType.TIMESTAMP;
import static dev.furrow.domain.model.EventFunctions.constantWhen;
import static dev.furrow.domain.model.EventFunctions.when;
import static dev.furrow.domain.model.Measures.any;
import static dev.furrow.domain.model.Measures.countIf;
import static dev.furrow.domain.model.Measures.min;
import static dev.furrow.domain.model.Measures.sum;
import static dev.furrow.domain.model.builtin.WebPage.HAS_PAGE_VIEW_ID;
import static dev.furrow.domain.model.builtin.WebPage.PAGE_PING;
import static dev.furrow.domain.model.builtin.WebPage.PAGE_VIEW;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.Filters;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Model;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Model: one row per page view (the id of the web_page context; events without it are left out),
 * with its page, start and engagement. Rows of one page view from several runs combine by the
 * declared rules into the row of all its events.
 */
public final class PageViews extends Model {

  private static final long serialVersionUID = 1L;

  /** Heartbeat of 10 seconds, every app. */
  public PageViews() {
    this(Duration.ofSeconds(10));
  }

  /** Page pings sent every {@code heartbeat} (whole seconds), every app. */
  public PageViews(Duration heartbeat) {
    this(heartbeat, List.of());
  }

  /**
   * Page pings sent every {@code heartbeat} (whole seconds), apps in {@code appIds} (all if empty).
   */
  public PageViews(Duration heartbeat, Collection<String> appIds) {
    super(
        named("page_views")
            .where(HAS_PAGE_VIEW_ID)
            .where(Filters.appIdIn(appIds))
            .key(Keys.string("page_view_id", WebPage::pageViewId))
            .measure(any("page_url", STRING, when(PAGE_VIEW, EnrichedEvent::pageUrl)))
            .measure(any("page_title", STRING, when(PAGE_VIEW, EnrichedEvent::pageTitle)))
            .measure(min("first_derived_tstamp", TIMESTAMP, EnrichedEvent::derivedTstamp))
            .measure(countIf("page_pings", PAGE_PING))
            .measure(
                sum("engaged_seconds", LONG, constantWhen(PAGE_PING, wholeSeconds(heartbeat)))));
  }

  private static long wholeSeconds(Duration heartbeat) {
    if (heartbeat.isNegative() || heartbeat.isZero() || heartbeat.toNanosPart() != 0) {
      throw new IllegalArgumentException("Heartbeat must be a positive whole number of seconds");
    }
    return heartbeat.toSeconds();
  }
}
