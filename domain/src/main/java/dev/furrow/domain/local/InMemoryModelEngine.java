package dev.furrow.domain.local;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.job.ModelEngine;
import dev.furrow.domain.job.ProcessedBatch;
import dev.furrow.domain.job.RunCounts;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.EventBatch;
import dev.furrow.domain.model.InMemoryExecutor;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Adapter: runs models over local run folders in memory, one run at a time. It is the reference the
 * Spark engine is tested against and lets the job be tested without Spark; it holds a whole run in
 * memory, so it suits small data only.
 */
public final class InMemoryModelEngine implements ModelEngine {

  @Override
  public ProcessedBatch process(List<RunFolder> runs, List<Model> models, Dedup dedup) {
    Map<RunId, RunResult> results = new LinkedHashMap<>();
    for (RunFolder run : runs) {
      EventBatch batch;
      try (Stream<String> lines = LocalRunFiles.lines(run)) {
        batch = EventBatch.of(lines::iterator, dedup);
      }
      Map<String, List<ModelRow>> rows = new HashMap<>();
      for (Model model : models) {
        rows.put(model.name(), InMemoryExecutor.run(model, batch.events()));
      }
      results.put(run.id(), new RunResult(batch.counts(), batch.badRows(), rows));
    }
    return new Batch(results);
  }

  private record RunResult(
      RunCounts counts, List<BadRow> badRows, Map<String, List<ModelRow>> rows) {}

  private record Batch(Map<RunId, RunResult> results) implements ProcessedBatch {

    @Override
    public RunCounts counts(RunId runId) {
      return result(runId).counts();
    }

    @Override
    public Iterator<BadRow> badRows(RunId runId) {
      return result(runId).badRows().iterator();
    }

    @Override
    public Iterator<ModelRow> rows(RunId runId, Model model) {
      List<ModelRow> rows = result(runId).rows().get(model.name());
      if (rows == null) {
        throw new NoSuchElementException("Model " + model.name() + " was not part of this batch");
      }
      return rows.iterator();
    }

    private RunResult result(RunId runId) {
      RunResult result = results.get(runId);
      if (result == null) {
        throw new NoSuchElementException("Run " + runId + " was not part of this batch");
      }
      return result;
    }

    @Override
    public void close() {}
  }
}
