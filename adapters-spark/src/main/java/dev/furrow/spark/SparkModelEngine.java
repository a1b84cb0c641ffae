package dev.furrow.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import dev.furrow.domain.job.ModelEngine;
import dev.furrow.domain.job.ProcessedBatch;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Adapter: runs models over run folders on Spark, with the meaning the in-memory executor defines.
 *
 * <p>Per batch, the lines of every run are read once (Spark's text reader; {@code .gz}
 * transparently), tagged with their run id and parsed once per partition into one typed row holding
 * only what the batch needs ({@link Projection}). With natural dedup, a window over (run, event_id,
 * fingerprint) ordered by the line flags the duplicates. With one model of standard measures and no
 * dedup, one aggregation of that projection gives the counts, bad rows and model rows (the single
 * pass); otherwise the projection is persisted (memory and disk) and counts, bad rows and every
 * model's {@code groupBy(run_id, keys).agg(...)} are derived from it ({@link SparkProcessedBatch}).
 * Only serialisable values reach the executors: the models and the projection.
 */
public final class SparkModelEngine implements ModelEngine {

  private static final StructType LINES =
      new StructType()
          .add(Projection.RUN_ID, DataTypes.StringType, false)
          .add("line", DataTypes.StringType, false);

  private final SparkSession spark;

  public SparkModelEngine(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Fails before any Spark job with {@link IllegalArgumentException} when two models share a
   * name, two runs share an id, or a model cannot be serialised (the message names the model).
   * Nothing is computed until the result is read; close it to release the cached data.
   */
  @Override
  public ProcessedBatch process(List<RunFolder> runs, List<Model> models, Dedup dedup) {
    Objects.requireNonNull(runs, "runs");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(dedup, "dedup");
    checkUnique(runs, models);
    Projection projection = new Projection(models, dedup == Dedup.NATURAL);
    ModelShipping.check(projection);

    Dataset<Row> lines = readLines(runs);
    Dataset<Row> projected =
        lines.mapPartitions(new LineProjector(projection), Encoders.row(projection.schema()));
    if (projection.dedup()) {
      projected =
          projected
              .withColumn(
                  Projection.DUPLICATE,
                  row_number()
                      .over(
                          Window.partitionBy(col(Projection.RUN_ID), col(Projection.DEDUP_KEY))
                              .orderBy(col(Projection.RAW)))
                      .gt(1))
              .drop(Projection.DEDUP_KEY, Projection.RAW);
    } else {
      projected = projected.withColumn(Projection.DUPLICATE, lit(false));
    }
    boolean singlePass =
        models.size() == 1
            && dedup == Dedup.NONE
            && projection.plans(0).stream().noneMatch(MeasurePlan::runsAggregator);
    if (!singlePass) {
      projected = projected.persist(StorageLevel.MEMORY_AND_DISK());
    }
    List<RunId> ids = runs.stream().map(RunFolder::id).toList();
    return new SparkProcessedBatch(ids, projection, projected, singlePass);
  }

  private Dataset<Row> readLines(List<RunFolder> runs) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Dataset<Row> all = null;
    for (RunFolder run : runs) {
      List<String> files = RunFiles.list(run, hadoop);
      Dataset<Row> lines =
          files.isEmpty()
              ? spark.createDataFrame(List.of(), LINES)
              : spark
                  .read()
                  .text(files.toArray(String[]::new))
                  .select(lit(run.id().value()).as(Projection.RUN_ID), col("value").as("line"));
      all = all == null ? lines : all.union(lines);
    }
    return all == null ? spark.createDataFrame(List.of(), LINES) : all;
  }

  private static void checkUnique(List<RunFolder> runs, List<Model> models) {
    Set<RunId> ids = new HashSet<>();
    for (RunFolder run : runs) {
      if (!ids.add(run.id())) {
        throw new IllegalArgumentException("Run " + run.id() + " appears twice in the batch");
      }
    }
    Set<String> names = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (Model model : models) {
      if (!names.add(model.name())) {
        duplicates.add(model.name());
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException("Model names must be unique in a batch: " + duplicates);
    }
  }
}
