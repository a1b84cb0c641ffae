package dev.furrow.domain.model.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInModelsTest {

  @Test
  void names_listTheBuiltInModelsSorted() {
    assertEquals(
        List.of("daily_events", "page_views", "pageview_geo_summary"), BuiltInModels.names());
  }

  @Test
  void byName_givesANewModelOfThatName() {
    for (String name : BuiltInModels.names()) {
      Model model = BuiltInModels.byName(name);
      assertEquals(name, model.name());
      assertNotSame(model, BuiltInModels.byName(name));
    }
    assertInstanceOf(PageViews.class, BuiltInModels.byName("page_views"));
  }

  @Test
  void byName_ofAnUnknownModel_failsListingTheKnownOnes() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> BuiltInModels.byName("page_veiws"));
    assertTrue(error.getMessage().contains("page_veiws"), error.getMessage());
    assertTrue(error.getMessage().contains("page_views"), error.getMessage());
  }

  @Test
  void all_givesEveryModelInNameOrder() {
    assertEquals(BuiltInModels.names(), BuiltInModels.all().stream().map(Model::name).toList());
  }
}
