package dev.furrow.domain.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.local.InMemoryBadRowSink;
import dev.furrow.domain.local.InMemoryModelEngine;
import dev.furrow.domain.local.InMemoryRunManifest;
import dev.furrow.domain.local.InMemorySink;
import dev.furrow.domain.local.LocalEventSource;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.model.builtin.PageviewGeoSummary;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunPattern;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.sink.Sink;
import dev.furrow.domain.testing.TestEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJobTest {

  private static final RunId RUN_1 = RunId.of("run=2024-05-01-09-00-00");
  private static final RunId RUN_2 = RunId.of("run=2024-05-01-10-00-00");
  private static final RunId RUN_3 = RunId.of("run=2024-05-01-11-00-00");
  private static final Model MODEL = new PageviewGeoSummary();

  @TempDir Path root;
  private final InMemoryRunManifest manifest = new InMemoryRunManifest();
  private final InMemorySink sink = new InMemorySink();
  private final InMemoryBadRowSink badRows = new InMemoryBadRowSink();
  private final List<RunId> started = new ArrayList<>();

  @BeforeEach
  void twoRuns() throws IOException {
    writeRun(RUN_1, pageViews("FR", 3), List.of());
    writeRun(RUN_2, pageViews("FR", 2), List.of());
  }

  @Test
  void firstJob_processesEveryRun_andMarksThemProcessed() {
    JobReport report = job(sink).run(request(1));

    assertEquals(List.of(RUN_1, RUN_2), outcomes(report, RunOutcome.PROCESSED));
    assertEquals(List.of(RUN_1, RUN_2), started);
    assertEquals(RunState.PROCESSED, state(RUN_1));
    assertEquals(3L, views(RUN_1));
    assertEquals(2L, views(RUN_2));
    RunRecord record = manifest.get(RUN_1).orElseThrow();
    assertEquals(3L, record.stats().orElseThrow().events());
    assertEquals(1L, record.stats().orElseThrow().rowsByModel().get(MODEL.name()));
  }

  @Test
  void secondJob_hasNothingToDo() {
    job(sink).run(request(1));

    JobReport again = job(sink).run(request(1));

    assertTrue(again.nothingToDo());
    assertEquals(3L, views(RUN_1));
  }

  @Test
  void newRunFolder_isTheOnlyRunProcessedNext() throws IOException {
    job(sink).run(request(1));
    writeRun(RUN_3, pageViews("DE", 4), List.of());

    JobReport report = job(sink).run(request(1));

    assertEquals(List.of(RUN_3), outcomes(report, RunOutcome.PROCESSED));
    assertEquals(4L, views(RUN_3));
  }

  @Test
  void runWithTooManyBadLines_failsKeepsItsBadRows_andStaysPending() throws IOException {
    writeRun(RUN_3, pageViews("DE", 9), List.of("not\tan event"));

    JobReport report = job(sink).run(request(1));

    assertEquals(List.of(RUN_3), outcomes(report, RunOutcome.FAILED));
    assertTrue(report.anyFailed());
    assertEquals(RunState.FAILED, state(RUN_3));
    assertTrue(manifest.get(RUN_3).orElseThrow().error().orElseThrow().contains("max-ratio"));
    assertEquals(1, badRows.rows(RUN_3).size());
    assertTrue(sink.rows(MODEL.name(), RUN_3).isEmpty());
    assertEquals(1L, report.runs().get(2).counts().badLines());
  }

  @Test
  void runWithinTheBadLineLimit_isProcessed_andItsBadRowsAreKept() throws IOException {
    writeRun(RUN_3, pageViews("DE", 9), List.of("not\tan event"));

    JobReport report = job(sink).run(request(1, 0.5));

    assertEquals(List.of(RUN_1, RUN_2, RUN_3), outcomes(report, RunOutcome.PROCESSED));
    assertEquals(1, badRows.rows(RUN_3).size());
  }

  @Test
  void sinkFailure_failsTheRun_andTheRetryWritesEachRowOnce() {
    AtomicBoolean broken = new AtomicBoolean(true);
    Sink flaky = new FailingOnce(sink, broken);

    JobReport first = job(flaky).run(request(1));
    assertEquals(List.of(RUN_1, RUN_2), outcomes(first, RunOutcome.FAILED));
    assertEquals(RunState.FAILED, state(RUN_1));

    broken.set(false);
    JobReport retry = job(flaky).run(request(1));

    assertEquals(List.of(RUN_1, RUN_2), outcomes(retry, RunOutcome.PROCESSED));
    assertEquals(3L, views(RUN_1));
    assertEquals(2, manifest.get(RUN_1).orElseThrow().attempts());
  }

  @Test
  void runLeasedByAnotherProcess_isSkipped() {
    manifest.tryLease(RUN_1, "other-process", Duration.ofHours(1)).orElseThrow();

    JobReport report = job(sink).run(request(1));

    assertEquals(List.of(RUN_1), outcomes(report, RunOutcome.SKIPPED_LEASED));
    assertEquals(List.of(RUN_2), outcomes(report, RunOutcome.PROCESSED));
    assertTrue(sink.rows(MODEL.name(), RUN_1).isEmpty());
  }

  @Test
  void batchOfRuns_keepsPerRunOutputs() {
    List<List<RunId>> batches = new ArrayList<>();
    ModelEngine recording =
        (runs, models, dedup) -> {
          batches.add(runs.stream().map(RunFolder::id).toList());
          return new InMemoryModelEngine().process(runs, models, dedup);
        };

    JobReport report = job(sink, recording).run(request(2));

    assertEquals(List.of(List.of(RUN_1, RUN_2)), batches);
    assertEquals(List.of(RUN_1, RUN_2), outcomes(report, RunOutcome.PROCESSED));
    assertEquals(3L, views(RUN_1));
    assertEquals(2L, views(RUN_2));
  }

  @Test
  void engineFailure_failsEveryRunOfTheBatch() {
    ModelEngine broken =
        (runs, models, dedup) -> {
          throw new IllegalStateException("executor lost");
        };

    JobReport report = job(sink, broken).run(request(2));

    assertEquals(List.of(RUN_1, RUN_2), outcomes(report, RunOutcome.FAILED));
    assertTrue(report.runs().get(0).error().orElseThrow().contains("executor lost"));
    assertEquals(RunState.FAILED, state(RUN_2));
  }

  @Test
  void dryRun_listsPendingRuns_withoutLeasingOrWriting() {
    JobRequest dry =
        new JobRequest(
            List.of(MODEL), Dedup.NONE, 0.01, Optional.empty(), 1, true, "me", Duration.ofHours(1));

    JobReport report = job(sink).run(dry);

    assertEquals(List.of(RUN_1, RUN_2), outcomes(report, RunOutcome.DRY_RUN));
    assertTrue(manifest.list().isEmpty());
    assertTrue(sink.runs(MODEL.name()).isEmpty());
  }

  @Test
  void onlyRuns_processesJustThoseRuns() {
    JobRequest only =
        new JobRequest(
            List.of(MODEL),
            Dedup.NONE,
            0.01,
            Optional.of(Set.of(RUN_2)),
            1,
            false,
            "me",
            Duration.ofHours(1));

    JobReport report = job(sink).run(only);

    assertEquals(List.of(RUN_2), outcomes(report, RunOutcome.PROCESSED));
    assertFalse(manifest.get(RUN_1).isPresent());
  }

  @Test
  void onlyRuns_namingAMissingRun_isRejectedBeforeAnythingIsDone() {
    JobRequest only =
        new JobRequest(
            List.of(MODEL),
            Dedup.NONE,
            0.01,
            Optional.of(Set.of(RUN_2, RUN_3)),
            1,
            false,
            "me",
            Duration.ofHours(1));

    UnknownRunsException e = assertThrows(UnknownRunsException.class, () -> job(sink).run(only));

    assertEquals(Set.of(RUN_3), e.missing());
    assertTrue(manifest.list().isEmpty());
  }

  private RunJob job(Sink target) {
    return job(target, new InMemoryModelEngine());
  }

  private RunJob job(Sink target, ModelEngine engine) {
    JobListener listener =
        new JobListener() {
          @Override
          public void runStarted(RunId runId) {
            started.add(runId);
          }

          @Override
          public void runFinished(RunReport report) {}

          @Override
          public void info(String message) {}
        };
    return new RunJob(
        new LocalEventSource(root, RunPattern.DEFAULT),
        manifest,
        engine,
        List.of(target),
        badRows,
        listener,
        Clock.systemUTC());
  }

  private static JobRequest request(int batchSize) {
    return request(batchSize, 0.01);
  }

  private static JobRequest request(int batchSize, double maxBadRatio) {
    return new JobRequest(
        List.of(MODEL),
        Dedup.NONE,
        maxBadRatio,
        Optional.empty(),
        batchSize,
        false,
        "test-owner",
        Duration.ofHours(1));
  }

  private static List<RunId> outcomes(JobReport report, RunOutcome outcome) {
    return report.runs().stream()
        .filter(r -> r.outcome() == outcome)
        .map(RunReport::runId)
        .toList();
  }

  private RunState state(RunId runId) {
    return manifest.get(runId).orElseThrow().state();
  }

  /** num_views of the single row the run produced. */
  private long views(RunId runId) {
    List<ModelRow> rows = sink.rows(MODEL.name(), runId);
    assertEquals(1, rows.size(), "rows of " + runId);
    int numViews =
        MODEL
            .columns()
            .indexOf(
                MODEL.columns().stream()
                    .filter(c -> c.name().equals("num_views"))
                    .findFirst()
                    .orElseThrow());
    return (Long) rows.get(0).get(numViews);
  }

  private static List<String> pageViews(String country, int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(TestEvents.pageView().url("https://example.com/").country(country).line());
    }
    return lines;
  }

  private void writeRun(RunId runId, List<String> good, List<String> bad) throws IOException {
    Path dir = Files.createDirectories(root.resolve(runId.value()));
    List<String> lines = new ArrayList<>(good);
    lines.addAll(bad);
    Files.write(dir.resolve("part-00000"), lines, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("_SUCCESS"), "");
  }

  /** A sink that fails while {@code broken} is set, after consuming part of the rows. */
  private record FailingOnce(Sink delegate, AtomicBoolean broken) implements Sink {
    @Override
    public String name() {
      return "flaky";
    }

    @Override
    public long write(RunId runId, Model model, Iterator<ModelRow> rows) {
      if (broken.get()) {
        throw new IllegalStateException("disk full");
      }
      return delegate.write(runId, model, rows);
    }
  }
}
