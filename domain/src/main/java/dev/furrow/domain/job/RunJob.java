package dev.furrow.domain.job;

import dev.furrow.domain.model.Model;
import dev.furrow.domain.run.EventSource;
import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.LeaseLostException;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunManifest;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.run.RunStats;
import dev.furrow.domain.sink.BadRowSink;
import dev.furrow.domain.sink.Sink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Use case: process every run folder that the manifest has not seen processed, exactly once.
 *
 * <p>For each pending run: lease it, read and parse it, drop duplicates if asked, evaluate every
 * model, write the bad rows and every model to every sink, and mark it processed last. A run whose
 * bad-line ratio is too high, or whose processing throws, is marked failed and stays pending.
 * Because sinks replace a run's rows atomically, a retry after a crash never double-counts.
 */
public final class RunJob {

  private final EventSource source;
  private final RunManifest manifest;
  private final ModelEngine engine;
  private final List<Sink> sinks;
  private final BadRowSink badRows;
  private final JobListener listener;
  private final Clock clock;

  public RunJob(
      EventSource source,
      RunManifest manifest,
      ModelEngine engine,
      List<Sink> sinks,
      BadRowSink badRows,
      JobListener listener,
      Clock clock) {
    this.source = source;
    this.manifest = manifest;
    this.engine = engine;
    this.sinks = List.copyOf(sinks);
    this.badRows = badRows;
    this.listener = listener;
    this.clock = clock;
    if (this.sinks.isEmpty()) {
      throw new IllegalArgumentException("At least one sink is required");
    }
  }

  /**
   * Runs the job.
   *
   * @throws UnknownRunsException when {@link JobRequest#onlyRuns()} names runs the source lacks
   */
  public JobReport run(JobRequest request) {
    List<RunFolder> pending = pendingRuns(request);
    if (pending.isEmpty()) {
      listener.info("Nothing to do: no pending runs.");
      return new JobReport(List.of());
    }
    listener.info(pending.size() + " pending run(s).");
    List<RunReport> reports = new ArrayList<>();
    if (request.dryRun()) {
      for (RunFolder run : pending) {
        RunReport report = RunReport.notRead(run.id(), RunOutcome.DRY_RUN);
        listener.runFinished(report);
        reports.add(report);
      }
      return new JobReport(reports);
    }
    for (int from = 0; from < pending.size(); from += request.batchSize()) {
      List<RunFolder> batch =
          pending.subList(from, Math.min(pending.size(), from + request.batchSize()));
      reports.addAll(processBatch(batch, request));
    }
    return new JobReport(reports);
  }

  private List<RunFolder> pendingRuns(JobRequest request) {
    List<RunFolder> all = source.listRuns();
    List<RunFolder> selected = all;
    if (request.onlyRuns().isPresent()) {
      Set<RunId> wanted = request.onlyRuns().get();
      Set<RunId> found = all.stream().map(RunFolder::id).collect(Collectors.toSet());
      Set<RunId> missing = new TreeSet<>(wanted);
      missing.removeAll(found);
      if (!missing.isEmpty()) {
        throw new UnknownRunsException(missing);
      }
      selected = all.stream().filter(r -> wanted.contains(r.id())).toList();
    }
    return selected.stream()
        .filter(r -> manifest.get(r.id()).map(RunRecord::state).orElse(null) != RunState.PROCESSED)
        .sorted()
        .toList();
  }

  private List<RunReport> processBatch(List<RunFolder> batch, JobRequest request) {
    List<RunReport> reports = new ArrayList<>();
    Map<RunFolder, Lease> leased = new LinkedHashMap<>();
    for (RunFolder run : batch) {
      Optional<Lease> lease = manifest.tryLease(run.id(), request.owner(), request.leaseTime());
      if (lease.isPresent()) {
        leased.put(run, lease.get());
        listener.runStarted(run.id());
      } else {
        RunReport report = RunReport.notRead(run.id(), RunOutcome.SKIPPED_LEASED);
        listener.runFinished(report);
        reports.add(report);
      }
    }
    if (leased.isEmpty()) {
      return reports;
    }
    Instant batchStart = clock.instant();
    try (ProcessedBatch processed =
        engine.process(List.copyOf(leased.keySet()), request.models(), request.dedup())) {
      for (Map.Entry<RunFolder, Lease> entry : leased.entrySet()) {
        reports.add(finishRun(entry.getValue(), processed, request, batchStart));
      }
    } catch (RuntimeException e) {
      // The engine failed for the whole batch: every run that has no report yet fails.
      Set<RunId> reported = reports.stream().map(RunReport::runId).collect(Collectors.toSet());
      for (Lease lease : leased.values()) {
        if (!reported.contains(lease.runId())) {
          reports.add(fail(lease, null, describe(e), batchStart));
        }
      }
    }
    return reports;
  }

  private RunReport finishRun(
      Lease lease, ProcessedBatch processed, JobRequest request, Instant batchStart) {
    RunId runId = lease.runId();
    RunCounts counts = null;
    try {
      counts = processed.counts(runId);
      badRows.write(runId, processed.badRows(runId));
      if (counts.badRatio() > request.maxBadRatio()) {
        return fail(
            lease,
            counts,
            String.format(
                "bad-line ratio %.4f (%d of %d lines) exceeds furrow.bad-rows.max-ratio %s",
                counts.badRatio(), counts.badLines(), counts.lines(), request.maxBadRatio()),
            batchStart);
      }
      Map<String, Long> rowsByModel = new LinkedHashMap<>();
      for (Model model : request.models()) {
        long rows = 0;
        for (Sink sink : sinks) {
          rows = sink.write(runId, model, processed.rows(runId, model));
        }
        rowsByModel.put(model.name(), rows);
      }
      manifest.markProcessed(
          lease,
          new RunStats(
              counts.lines(),
              counts.events(),
              counts.badLines(),
              counts.duplicatesDropped(),
              rowsByModel));
      RunReport report =
          new RunReport(
              runId,
              RunOutcome.PROCESSED,
              counts,
              rowsByModel,
              Duration.between(batchStart, clock.instant()),
              Optional.empty());
      listener.runFinished(report);
      return report;
    } catch (LeaseLostException e) {
      RunReport report = report(runId, counts, e.getMessage(), batchStart);
      listener.runFinished(report);
      return report;
    } catch (RuntimeException e) {
      return fail(lease, counts, describe(e), batchStart);
    }
  }

  private RunReport fail(Lease lease, RunCounts counts, String error, Instant batchStart) {
    String recorded = error;
    try {
      manifest.markFailed(lease, error);
    } catch (RuntimeException e) {
      recorded = error + " (and the manifest could not record the failure: " + describe(e) + ")";
    }
    RunReport report = report(lease.runId(), counts, recorded, batchStart);
    listener.runFinished(report);
    return report;
  }

  private RunReport report(RunId runId, RunCounts counts, String error, Instant batchStart) {
    return new RunReport(
        runId,
        RunOutcome.FAILED,
        counts == null ? new RunCounts(0, 0, 0, 0) : counts,
        Map.of(),
        Duration.between(batchStart, clock.instant()),
        Optional.of(error));
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
