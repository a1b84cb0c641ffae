package dev.furrow.domain.model.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.InMemoryExecutor;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.testing.TestEvents;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckoutRevenueTest {

  private final CheckoutRevenue model = new CheckoutRevenue(ZoneOffset.UTC, Set.of("shop"));

  @Test
  void givenTwoCheckoutsInFrance_whenRun_thenOneRowWithTheirRevenueAndLastBasket() {
    List<EnrichedEvent> events =
        List.of(
            checkout("basket-1", 20.5).country("FR").at("2024-05-01T10:00:00Z").build(),
            checkout("basket-2", 9.5).country("FR").at("2024-05-01T18:00:00Z").build(),
            checkout("basket-3", 5.0).country("FR").appId("blog").build(),
            TestEvents.structEvent().appId("shop").structured("shop", "view", "x").build());

    List<ModelRow> rows = InMemoryExecutor.run(model, events);

    assertEquals(
        List.of(ModelRow.of(LocalDate.parse("2024-05-01"), "FR", 2L, 30.0, "basket-2")), rows);
  }

  private static TestEvents.Builder checkout(String basket, double value) {
    return TestEvents.structEvent()
        .appId("shop")
        .structured("shop", "checkout", basket)
        .value(value);
  }
}
