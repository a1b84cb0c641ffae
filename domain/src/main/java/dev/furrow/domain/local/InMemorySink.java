package dev.furrow.domain.local;

import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sink.Sink;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adapter: a sink that keeps rows in memory, per model and run, with the same replace-per-run
 * semantics as the real sinks. Meant for tests of models and jobs.
 */
public final class InMemorySink implements Sink {

  private final String name;
  private final Map<String, Map<RunId, List<ModelRow>>> tables = new ConcurrentHashMap<>();

  public InMemorySink() {
    this("memory");
  }

  public InMemorySink(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long write(RunId runId, Model model, Iterator<ModelRow> rows) {
    List<ModelRow> copy = new ArrayList<>();
    rows.forEachRemaining(copy::add); // a failing iterator leaves the previous rows in place
    Map<RunId, List<ModelRow>> table = tables.computeIfAbsent(model.name(), k -> new TreeMap<>());
    synchronized (table) {
      if (copy.isEmpty()) {
        table.remove(runId);
      } else {
        table.put(runId, List.copyOf(copy));
      }
    }
    return copy.size();
  }

  /** The rows written for one run of one model; empty when none. */
  public List<ModelRow> rows(String model, RunId runId) {
    Map<RunId, List<ModelRow>> table = tables.getOrDefault(model, Map.of());
    synchronized (table) {
      return table.getOrDefault(runId, List.of());
    }
  }

  /** Every run's rows of one model, by run id. */
  public Map<RunId, List<ModelRow>> runs(String model) {
    Map<RunId, List<ModelRow>> table = tables.getOrDefault(model, Map.of());
    synchronized (table) {
      return new TreeMap<>(table);
    }
  }
}
