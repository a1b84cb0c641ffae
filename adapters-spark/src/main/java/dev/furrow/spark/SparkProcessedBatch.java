package dev.furrow.spark;

import static org.apache.spark.sql.functions.col;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.ParsedLine;
import dev.furrow.domain.job.ProcessedBatch;
import dev.furrow.domain.job.RunCounts;
import dev.furrow.domain.model.Key;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Result: the persisted projection of one batch and what is derived from it, lazily.
 *
 * <ul>
 *   <li>Counts: one pass over the projection counts lines, events, bad lines and duplicates per run
 *       and partition, which also tells where each run's bad rows are.
 *   <li>Model rows: a model's aggregate over all runs is computed once and persisted (every sink
 *       reads it again), then counted per run and partition in the same job that fills the cache.
 *   <li>Rows of one run are streamed from only the partitions that hold them ({@link
 *       PartitionStream}), a few partitions per job.
 * </ul>
 */
final class SparkProcessedBatch implements ProcessedBatch {

  /** Rows fetched to the driver per Spark job, at most (unless one partition holds more). */
  private static final long CHUNK_ROWS = 50_000;

  /** Rows persisted on the executors and the partitions that hold each run's rows. */
  private record Located(
      Dataset<Row> dataset, JavaRDD<Row> rows, Map<RunId, List<PartitionStream.Slice>> slices) {}

  private final Set<RunId> runs;
  private final Projection projection;
  private final Dataset<Row> projected;
  private final List<Dataset<Row>> persisted = new ArrayList<>();
  private final Map<Integer, Located> models = new HashMap<>();
  private Map<RunId, RunCounts> counts;
  private Located badLines;
  private boolean closed;

  SparkProcessedBatch(List<RunId> runs, Projection projection, Dataset<Row> projected) {
    this.runs = new LinkedHashSet<>(runs);
    this.projection = projection;
    this.projected = projected;
    persisted.add(projected);
  }

  @Override
  public synchronized RunCounts counts(RunId runId) {
    checkRun(runId);
    countLines();
    return counts.getOrDefault(runId, new RunCounts(0, 0, 0, 0));
  }

  private void countLines() {
    if (counts != null) {
      return;
    }
    List<PartitionCounts.Count> parts =
        projected
            .select(
                col(Projection.RUN_ID),
                col(Projection.BAD_LINE).isNotNull(),
                col(Projection.DUPLICATE))
            .javaRDD()
            .mapPartitionsWithIndex(PartitionCounts.ofLines(), false)
            .collect();
    Map<RunId, RunCounts> all = new HashMap<>();
    Map<RunId, List<PartitionStream.Slice>> badSlices = new HashMap<>();
    for (PartitionCounts.Count part : parts) {
      RunId run = RunId.of(part.run());
      all.merge(
          run,
          new RunCounts(part.rows(), part.events(), part.bad(), part.duplicates()),
          SparkProcessedBatch::add);
      if (part.bad() > 0) {
        badSlices
            .computeIfAbsent(run, r -> new ArrayList<>())
            .add(new PartitionStream.Slice(part.partition(), part.bad()));
      }
    }
    Dataset<Row> bad =
        projected
            .filter(col(Projection.BAD_LINE).isNotNull())
            .select(col(Projection.RUN_ID), col(Projection.BAD_LINE));
    counts = all;
    badLines = new Located(bad, bad.javaRDD(), sorted(badSlices));
  }

  private static RunCounts add(RunCounts a, RunCounts b) {
    return new RunCounts(
        a.lines() + b.lines(),
        a.events() + b.events(),
        a.badLines() + b.badLines(),
        a.duplicatesDropped() + b.duplicatesDropped());
  }

  @Override
  public synchronized Iterator<BadRow> badRows(RunId runId) {
    checkRun(runId);
    countLines();
    EventParser parser = EventParser.validating();
    return map(stream(badLines, runId), row -> badRow(parser, row.getString(1)));
  }

  /** The bad row of a line the executors found bad; parsing is deterministic, so it is again. */
  private static BadRow badRow(EventParser parser, String line) {
    ParsedLine parsed = parser.parse(line);
    if (parsed instanceof BadRow bad) {
      return bad;
    }
    throw new IllegalStateException("A line parsed as bad on an executor is valid on the driver");
  }

  @Override
  public synchronized Iterator<ModelRow> rows(RunId runId, Model model) {
    checkRun(runId);
    int index = indexOf(model);
    Located rows = models.computeIfAbsent(index, this::aggregate);
    return map(stream(rows, runId), row -> modelRow(index, row));
  }

  /**
   * {@code groupBy(run_id, keys...).agg(measures...)} over the kept events model {@code index}
   * accepts, persisted, with where each run's rows are.
   */
  private Located aggregate(int index) {
    Model model = projection.models().get(index);
    List<org.apache.spark.sql.Column> groups = new ArrayList<>();
    groups.add(col(Projection.RUN_ID));
    for (int j = 0; j < model.keys().size(); j++) {
      groups.add(col(Projection.key(index, j)));
    }
    List<MeasurePlan> plans = projection.plans(index);
    List<org.apache.spark.sql.Column> measures = new ArrayList<>();
    for (int j = 0; j < plans.size(); j++) {
      measures.add(plans.get(j).aggregate(col(Projection.input(index, j))).as("a" + j));
    }
    Dataset<Row> kept =
        projected
            .filter(col(Projection.BAD_LINE).isNull())
            .filter(col(Projection.DUPLICATE).equalTo(false))
            .filter(col(Projection.ok(index)));
    Dataset<Row> aggregate =
        measures.isEmpty()
            ? kept.select(groups.toArray(org.apache.spark.sql.Column[]::new)).distinct()
            : kept.groupBy(groups.toArray(org.apache.spark.sql.Column[]::new))
                .agg(
                    measures.get(0),
                    measures
                        .subList(1, measures.size())
                        .toArray(org.apache.spark.sql.Column[]::new));
    aggregate = aggregate.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(aggregate);
    JavaRDD<Row> rows = aggregate.javaRDD();
    Map<RunId, List<PartitionStream.Slice>> slices = new HashMap<>();
    for (PartitionCounts.Count part :
        rows.mapPartitionsWithIndex(PartitionCounts.ofRows(), false).collect()) {
      slices
          .computeIfAbsent(RunId.of(part.run()), r -> new ArrayList<>())
          .add(new PartitionStream.Slice(part.partition(), part.rows()));
    }
    return new Located(aggregate, rows, sorted(slices));
  }

  /** The physical plan of a model's aggregation, for tests that check which operators run. */
  synchronized String aggregationPlan(Model model) {
    int index = indexOf(model);
    return models
        .computeIfAbsent(index, this::aggregate)
        .dataset()
        .queryExecution()
        .executedPlan()
        .toString();
  }

  private static Iterator<Row> stream(Located located, RunId runId) {
    List<PartitionStream.Slice> slices = located.slices().getOrDefault(runId, List.of());
    String run = runId.value();
    JavaRDD<Row> ofRun = located.rows().filter(row -> run.equals(row.getString(0)));
    return new PartitionStream(ofRun, slices, CHUNK_ROWS);
  }

  private static Map<RunId, List<PartitionStream.Slice>> sorted(
      Map<RunId, List<PartitionStream.Slice>> slices) {
    slices.values().forEach(l -> l.sort(Comparator.comparingInt(PartitionStream.Slice::partition)));
    return slices;
  }

  private ModelRow modelRow(int index, Row row) {
    Model model = projection.models().get(index);
    List<Key<?>> keys = model.keys();
    List<MeasurePlan> plans = projection.plans(index);
    List<Object> values = new ArrayList<>(keys.size() + plans.size());
    for (int j = 0; j < keys.size(); j++) {
      values.add(WireCodec.decode(keys.get(j).column().type(), row.get(1 + j)));
    }
    for (int j = 0; j < plans.size(); j++) {
      values.add(plans.get(j).decode(row.get(1 + keys.size() + j)));
    }
    return new ModelRow(values);
  }

  private int indexOf(Model model) {
    List<Model> all = projection.models();
    for (int i = 0; i < all.size(); i++) {
      Model candidate = all.get(i);
      if (candidate == model
          || (candidate.name().equals(model.name())
              && candidate.columns().equals(model.columns()))) {
        return i;
      }
    }
    throw new NoSuchElementException("Model '" + model.name() + "' is not part of this batch");
  }

  private void checkRun(RunId runId) {
    if (closed) {
      throw new IllegalStateException("The batch is closed");
    }
    if (!runs.contains(runId)) {
      throw new NoSuchElementException("Run " + runId + " is not part of this batch");
    }
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      persisted.forEach(d -> d.unpersist(false));
      persisted.clear();
      models.clear();
    }
  }

  private static <A, B> Iterator<B> map(Iterator<A> source, Function<A, B> function) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public B next() {
        return function.apply(source.next());
      }
    };
  }
}
