package dev.furrow.app.cli;

import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.config.SettingsLoader;
import dev.furrow.domain.model.builtin.BuiltInModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that read the configuration: {@code --config} and {@code --set}.
 */
public final class ConfigOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = {
        "HOCON configuration file whose keys override the defaults (every key and its default is "
            + "documented in reference.conf inside furrow.jar).",
        "Without it, Furrow runs on the sample runs shipped inside it, writes Parquet to "
            + "./furrow-out and keeps its manifest in ./furrow-work/manifest."
      })
  private Path config;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = {
        "Sets one configuration key, e.g. --set furrow.dedup=natural or "
            + "--set furrow.models=[pageview_geo_summary,daily_events]. Repeatable.",
        "Precedence: --set > -D system properties > --config FILE > reference.conf."
      })
  private List<String> sets = new ArrayList<>();

  /** Loads and validates the settings. */
  public FurrowSettings load() {
    return new SettingsLoader(BuiltInModels.names()).load(Optional.ofNullable(config), sets);
  }
}
