package dev.furrow.domain.model.builtin;

import dev.furrow.domain.model.Model;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Catalogue: the models that ship with Furrow, by name, with their default parameters. */
public final class BuiltInModels {

  private static final Map<String, Supplier<Model>> MODELS = new TreeMap<>();

  static {
    MODELS.put("daily_events", DailyEvents::new);
    MODELS.put("page_views", PageViews::new);
    MODELS.put("pageview_geo_summary", PageviewGeoSummary::new);
  }

  private BuiltInModels() {}

  /** The names of the built-in models, sorted. */
  public static List<String> names() {
    return List.copyOf(MODELS.keySet());
  }

  /**
   * A new instance of the built-in model {@code name} with default parameters.
   *
   * @throws IllegalArgumentException when no built-in model has that name (the message lists them)
   */
  public static Model byName(String name) {
    Supplier<Model> model = MODELS.get(name);
    if (model == null) {
      throw new IllegalArgumentException(
          "Unknown built-in model '" + name + "'; known models: " + names());
    }
    return model.get();
  }

  /** New instances of every built-in model, by name order. */
  public static List<Model> all() {
    return MODELS.values().stream().map(Supplier::get).toList();
  }
}
