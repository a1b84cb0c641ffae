package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.sink.Sink;
import dev.furrow.sinks.postgres.PostgresSettings;
import dev.furrow.sinks.postgres.PostgresSink;
import java.util.List;
import java.util.Objects;

/**
 * Wiring: model rows to PostgreSQL tables in the database of {@code furrow.postgres}, and a
 * start-up check that creates or checks each configured model's table and view. Binding connects to
 * nothing; the sink connects per write, the check when {@link FurrowApp#checkAdapters()} runs.
 */
public final class PostgresSinkModule extends AbstractModule {

  private final PostgresSettings settings;

  public PostgresSinkModule(PostgresSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Provides
  @Singleton
  PostgresSink postgresSink() {
    return PostgresSink.create(settings);
  }

  @ProvidesIntoSet
  Sink asSink(PostgresSink sink) {
    return sink;
  }

  @ProvidesIntoSet
  StartupCheck tablesMatchModels(PostgresSink sink, List<Model> models) {
    return () -> models.forEach(sink::prepare);
  }
}
