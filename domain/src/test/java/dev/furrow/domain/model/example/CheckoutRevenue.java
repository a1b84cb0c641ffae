package dev.furrow.domain.model.example;

import static dev.furrow.domain.model.ColumnType.DOUBLE;
import static dev.furrow.domain.model.ColumnType.STRING;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.Filters;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import java.time.ZoneId;
import java.util.Set;

/** Model: checkouts and revenue per day and country (the user model shown in the README). */
public final class CheckoutRevenue extends Model {

  public CheckoutRevenue(ZoneId reportZone, Set<String> appIds) {
    super(
        named("checkout_revenue")
            .where(Filters.eventIs("struct").and(e -> "checkout".equals(e.seAction())))
            .where(Filters.appIdIn(appIds))
            .key(Keys.date("day", EnrichedEvent::derivedTstamp, reportZone))
            .key(Keys.string("country", EnrichedEvent::geoCountry))
            .measure(Measures.count("checkouts"))
            .measure(Measures.sum("revenue", DOUBLE, EnrichedEvent::seValue))
            .measure(
                Measures.lastBy(
                    "last_basket", STRING, EnrichedEvent::seLabel, EnrichedEvent::derivedTstamp)));
  }
}
