package dev.furrow.app.wiring;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.config.SinkType;
import dev.furrow.domain.run.RunPattern;
import java.util.ArrayList;
import java.util.List;

/** Wiring: the one place where the configuration chooses the adapters. */
public final class FurrowModules {

  private FurrowModules() {}

  /**
   * The modules of every adapter the settings select. The source path must be set (the embedded
   * sample is extracted before wiring).
   */
  public static List<Module> forSettings(FurrowSettings settings) {
    List<Module> modules = new ArrayList<>();
    modules.add(
        switch (settings.source().type()) {
          case LOCAL ->
              new LocalSourceModule(
                  settings
                      .source()
                      .path()
                      .orElseThrow(() -> new IllegalStateException("furrow.source.path not set")),
                  RunPattern.of(settings.source().runPattern()));
        });
    modules.add(
        switch (settings.manifest().type()) {
          case LOCAL -> new LocalManifestModule(settings.manifest().path());
        });
    modules.add(new SparkModule(settings.spark()));
    modules.add(new ModelsModule(settings.models()));
    modules.add(new LocalBadRowsModule(settings.badRows().path()));
    // Adapters add their start-up checks to this set; it may stay empty.
    modules.add(binder -> Multibinder.newSetBinder(binder, StartupCheck.class));
    for (SinkType sink : settings.sinks()) {
      modules.add(
          switch (sink) {
            case PARQUET -> new ParquetSinkModule(settings.parquet().path());
            case POSTGRES ->
                new PostgresSinkModule(
                    settings
                        .postgres()
                        .orElseThrow(() -> new IllegalStateException("furrow.postgres not set")));
          });
    }
    return modules;
  }
}
