package dev.furrow.domain.model;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.model.builtin.PageviewGeoSummary;
import dev.furrow.domain.sample.EventGenerator;
import dev.furrow.domain.sample.GenerationSummary;
import dev.furrow.domain.sample.GeneratorOptions;
import dev.furrow.domain.testing.DistinctCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark: cost per event of running a model in memory, against a hand-written loop computing the
 * same rows.
 *
 * <p>Events: {@value #EVENTS} events of the sample generator (four hourly runs across midnight, no
 * bad lines or duplicates), parsed once in setup, so parsing is not measured; each event's fields
 * are still decoded on every read, as in a real run. One invocation aggregates the whole batch; the
 * score is events per second on one thread. Read the results as ratios to {@code
 * handWrittenBaseline}, which {@code builtInPageviewGeoSummary} is checked against in setup.
 *
 * <p>Run from the repository root (the {@code jmh} profile of the domain module):
 *
 * <pre>
 * mvn -q -Pjmh -pl domain test-compile exec:exec -Djmh.args="ModelAggregationBenchmark -f 1"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelAggregationBenchmark {

  private static final int RUNS = 4;
  private static final int EVENTS = 20_000;

  private final Model summary = new PageviewGeoSummary();
  private final Model summaryWithVisitors = withDistinctVisitors(summary);
  private List<EnrichedEvent> events;

  @Setup
  public void setUp() throws IOException {
    events = new ArrayList<>(EVENTS);
    for (String line : generatedLines()) {
      events.add(EventParser.structural().parseEvent(line));
    }
    if (events.size() != EVENTS) {
      throw new IllegalStateException("Expected " + EVENTS + " events, got " + events.size());
    }
    List<ModelRow> rows = builtInPageviewGeoSummary();
    Map<GeoKey, Tally> groups = handWrittenBaseline();
    int numViews = summary.keys().size(); // the first measure column
    long modelViews = rows.stream().mapToLong(row -> (Long) row.get(numViews)).sum();
    long baselineViews = groups.values().stream().mapToLong(tally -> tally.views).sum();
    if (rows.size() != groups.size() || modelViews != baselineViews) {
      throw new IllegalStateException(
          "Model and baseline disagree: "
              + rows.size()
              + " groups and "
              + modelViews
              + " views against "
              + groups.size()
              + " groups and "
              + baselineViews
              + " views");
    }
  }

  /** The built-in pageview_geo_summary model, run by the in-memory executor. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public List<ModelRow> builtInPageviewGeoSummary() {
    return InMemoryExecutor.run(summary, events);
  }

  /** Baseline: the same groups, counts and last etl_tstamp in a plain loop (rows left unsorted). */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public Map<GeoKey, Tally> handWrittenBaseline() {
    Map<GeoKey, Tally> groups = new HashMap<>();
    for (EnrichedEvent e : events) {
      if (!"page_view".equals(e.event())) {
        continue;
      }
      Instant derived = e.derivedTstamp();
      LocalDate day = derived == null ? null : LocalDate.ofInstant(derived, ZoneOffset.UTC);
      Tally tally =
          groups.computeIfAbsent(new GeoKey(day, e.pageUrl(), e.geoCountry()), k -> new Tally());
      tally.views++;
      Instant etl = e.etlTstamp();
      if (etl != null && (tally.lastEtl == null || etl.isAfter(tally.lastEtl))) {
        tally.lastEtl = etl;
      }
    }
    return groups;
  }

  /** The same model plus a distinct count of domain_userid by a custom {@link Aggregator}. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public List<ModelRow> withCustomDistinctCount() {
    return InMemoryExecutor.run(summaryWithVisitors, events);
  }

  /** Key of the baseline's groups. */
  public record GeoKey(LocalDate day, String page, String country) {}

  /** Buffer of one baseline group. */
  public static final class Tally {
    long views;
    Instant lastEtl;
  }

  private static Model withDistinctVisitors(Model model) {
    Model.Spec spec = Model.named(model.name() + "_visitors").where(model.filter());
    model.keys().forEach(spec::key);
    model.measures().forEach(spec::measure);
    return spec.measure(
            Measures.custom(
                new Column("visitors", ColumnType.LONG, Combine.MAX),
                EnrichedEvent::domainUserid,
                new DistinctCount()))
        .build();
  }

  private static List<String> generatedLines() throws IOException {
    Path dir = Files.createTempDirectory("furrow-bench-");
    try {
      GeneratorOptions options =
          GeneratorOptions.of(RUNS, EVENTS / RUNS, 2024)
              .withMalformedLines(false)
              .withDuplicates(false);
      GenerationSummary written = EventGenerator.generate(dir, options);
      List<String> lines = new ArrayList<>(EVENTS);
      for (GenerationSummary.RunSummary run : written.runs()) {
        for (Path file : run.files()) {
          lines.addAll(Files.readAllLines(file));
        }
      }
      return lines;
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
