package dev.furrow.app.wiring;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.config.ManifestSettings;
import dev.furrow.app.config.SinkType;
import dev.furrow.app.config.SourceSettings;
import dev.furrow.app.config.SourceType;
import dev.furrow.aws.s3.ListingOptions;
import dev.furrow.domain.run.RunPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wiring: the one place where the configuration chooses the adapters. */
public final class FurrowModules {

  private FurrowModules() {}

  /**
   * The modules of every adapter the settings select. The source path must be set (the embedded
   * sample is extracted before wiring).
   */
  public static List<Module> forSettings(FurrowSettings settings) {
    List<Module> modules = new ArrayList<>();
    SourceSettings source = settings.source();
    RunPattern pattern = RunPattern.of(source.runPattern());
    modules.add(
        switch (source.type()) {
          case LOCAL ->
              new LocalSourceModule(
                  source
                      .localPath()
                      .orElseThrow(() -> new IllegalStateException("furrow.source.path not set")),
                  pattern);
          case S3 ->
              new S3SourceModule(
                  settings.aws(),
                  source.s3Location(),
                  pattern,
                  ListingOptions.DEFAULT.withSkipArchived(source.skipArchived()));
        });
    ManifestSettings manifest = settings.manifest();
    modules.add(
        switch (manifest.type()) {
          case LOCAL -> new LocalManifestModule(manifest.path());
          case DYNAMODB ->
              new DynamoDbManifestModule(
                  settings.aws(),
                  manifest.table().orElseThrow(),
                  manifest.runKeyPrefix(),
                  manifest.createTable());
        });
    modules.add(new SparkModule(settings.spark(), sparkDefaults(settings)));
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

  /** Spark properties derived from the settings; the user's furrow.spark.conf overrides them. */
  private static Map<String, String> sparkDefaults(FurrowSettings settings) {
    Map<String, String> defaults = new LinkedHashMap<>();
    SparkModule.localShufflePartitions(settings.spark().master())
        .ifPresent(n -> defaults.put(SparkModule.SHUFFLE_PARTITIONS, String.valueOf(n)));
    if (settings.source().type() == SourceType.S3) {
      defaults.putAll(S3aSparkConf.of(settings.aws()));
    }
    return defaults;
  }
}
