package dev.furrow.domain.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.testing.TestEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiltersTest {

  private final EnrichedEvent shopView = TestEvents.pageView().appId("shop").build();
  private final EnrichedEvent siteView = TestEvents.pageView().appId("site").build();
  private final EnrichedEvent shopPing = TestEvents.pagePing().appId("shop").build();
  private final EnrichedEvent noApp = TestEvents.pageView().appId(null).build();

  @Test
  void eventIs_acceptsAnyOfTheNamedEvents() {
    EventPredicate viewsAndPings = Filters.eventIs("page_view", "page_ping");
    assertTrue(viewsAndPings.test(shopView));
    assertTrue(viewsAndPings.test(shopPing));
    assertFalse(viewsAndPings.test(TestEvents.structEvent().build()));
  }

  @Test
  void appIdIn_acceptsListedAppsOnly_andEverythingWhenTheListIsEmpty() {
    assertTrue(Filters.appIdIn("shop", "blog").test(shopView));
    assertFalse(Filters.appIdIn("shop", "blog").test(siteView));
    assertFalse(Filters.appIdIn("shop").test(noApp));
    assertTrue(Filters.appIdIn(List.of()).test(noApp));
  }

  @Test
  void andOrNot_combineConditions() {
    EventPredicate shop = Filters.appIdIn("shop");
    EventPredicate view = Filters.eventIs("page_view");
    assertTrue(Filters.and(shop, view).test(shopView));
    assertFalse(Filters.and(shop, view).test(shopPing));
    assertTrue(Filters.or(shop, view).test(shopPing));
    assertFalse(Filters.or(shop, view).test(TestEvents.structEvent().appId("site").build()));
    assertFalse(Filters.not(shop).test(shopPing));
    assertTrue(shop.and(view.negate()).test(shopPing));
    assertTrue(shop.negate().or(view).test(siteView));
  }

  @Test
  void hasContext_looksForTheSchemaModel() {
    EventPredicate webPage = Filters.hasContext("com.snowplowanalytics.snowplow", "web_page", 1);
    assertTrue(webPage.test(shopView));
    assertFalse(webPage.test(TestEvents.pageView().pageViewId(null).build()));
    assertFalse(Filters.hasContext("com.snowplowanalytics.snowplow", "web_page", 2).test(shopView));
  }
}
