package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.builtin.BuiltInModels;
import java.util.List;

/** Wiring: the configured models, built-in ones looked up by name. */
public final class ModelsModule extends AbstractModule {

  private final List<String> names;

  public ModelsModule(List<String> names) {
    this.names = List.copyOf(names);
  }

  @Provides
  @Singleton
  List<Model> models() {
    return names.stream().map(BuiltInModels::byName).toList();
  }
}
