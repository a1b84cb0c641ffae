package dev.furrow.app.config;

import dev.furrow.aws.AwsSettings;
import dev.furrow.domain.model.Dedup;
import dev.furrow.sinks.postgres.PostgresSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: the whole configuration, parsed and validated once by {@link SettingsLoader}; nothing
 * outside this package reads Typesafe Config.
 *
 * @param spark {@code furrow.spark}
 * @param aws {@code furrow.aws}: how the S3 source and the DynamoDB manifest reach AWS
 * @param source {@code furrow.source}
 * @param manifest {@code furrow.manifest}
 * @param models {@code furrow.models}: built-in model names, in configured order
 * @param dedup {@code furrow.dedup}
 * @param sinks {@code furrow.sinks}, in configured order, without repeats
 * @param parquet {@code furrow.parquet}
 * @param postgres {@code furrow.postgres}, present exactly when {@code sinks} contains {@link
 *     SinkType#POSTGRES}; its {@code toString()} masks the password
 * @param badRows {@code furrow.bad-rows}
 * @param batchSize {@code furrow.batch-size}
 * @param summaryPath {@code furrow.summary.path}
 * @param samplePath {@code furrow.sample.path}
 */
public record FurrowSettings(
    SparkSettings spark,
    AwsSettings aws,
    SourceSettings source,
    ManifestSettings manifest,
    List<String> models,
    Dedup dedup,
    List<SinkType> sinks,
    ParquetSettings parquet,
    Optional<PostgresSettings> postgres,
    BadRowSettings badRows,
    int batchSize,
    Path summaryPath,
    Path samplePath) {

  public FurrowSettings {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(aws, "aws");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(manifest, "manifest");
    models = List.copyOf(models);
    Objects.requireNonNull(dedup, "dedup");
    sinks = List.copyOf(sinks);
    Objects.requireNonNull(parquet, "parquet");
    Objects.requireNonNull(postgres, "postgres");
    if (postgres.isPresent() != sinks.contains(SinkType.POSTGRES)) {
      throw new IllegalArgumentException(
          "PostgreSQL settings must be given exactly when the sinks include postgres");
    }
    Objects.requireNonNull(badRows, "badRows");
    Objects.requireNonNull(summaryPath, "summaryPath");
    Objects.requireNonNull(samplePath, "samplePath");
  }

  /** The same settings with the source reading from {@code root}. */
  public FurrowSettings withSourcePath(Path root) {
    return new FurrowSettings(
        spark,
        aws,
        source.withPath(root),
        manifest,
        models,
        dedup,
        sinks,
        parquet,
        postgres,
        badRows,
        batchSize,
        summaryPath,
        samplePath);
  }

  /** The same settings with another batch size. */
  public FurrowSettings withBatchSize(int newBatchSize) {
    return new FurrowSettings(
        spark,
        aws,
        source,
        manifest,
        models,
        dedup,
        sinks,
        parquet,
        postgres,
        badRows,
        newBatchSize,
        summaryPath,
        samplePath);
  }
}
