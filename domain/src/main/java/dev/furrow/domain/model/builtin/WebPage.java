package dev.furrow.domain.model.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.EventPredicate;
import dev.furrow.domain.model.Filters;

/** Shared pieces: the page views of the Snowplow JavaScript tracker. */
public final class WebPage {

  /** Vendor of the web_page context. */
  public static final String VENDOR = "com.snowplowanalytics.snowplow";

  /** Name of the context that carries the page view id ({@code web_page/jsonschema/1-*-*}). */
  public static final String CONTEXT = "web_page";

  /** A page view. */
  public static final EventPredicate PAGE_VIEW = Filters.eventIs("page_view");

  /** A page ping (activity heartbeat). */
  public static final EventPredicate PAGE_PING = Filters.eventIs("page_ping");

  /** An event that carries a page view id. */
  public static final EventPredicate HAS_PAGE_VIEW_ID = e -> pageViewId(e) != null;

  private WebPage() {}

  /** The {@code id} of the event's first web_page 1-*-* context, or null when it has none. */
  public static String pageViewId(EnrichedEvent e) {
    return e.contexts()
        .first(VENDOR, CONTEXT, 1)
        .map(entity -> entity.data().get("id"))
        .filter(JsonNode::isTextual)
        .map(JsonNode::textValue)
        .filter(id -> !id.isEmpty())
        .orElse(null);
  }
}
