package dev.furrow.domain.local;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sink.BadRowSink;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Adapter: keeps bad rows in memory per run, replacing a run's rows on each write. For tests. */
public final class InMemoryBadRowSink implements BadRowSink {

  private final Map<RunId, List<BadRow>> runs = new ConcurrentHashMap<>();

  @Override
  public long write(RunId runId, Iterator<BadRow> rows) {
    List<BadRow> copy = new ArrayList<>();
    rows.forEachRemaining(copy::add);
    runs.put(runId, List.copyOf(copy));
    return copy.size();
  }

  /** The bad rows last written for a run; empty when none. */
  public List<BadRow> rows(RunId runId) {
    return runs.getOrDefault(runId, List.of());
  }
}
