package dev.furrow.domain.job;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.util.Iterator;

/** The outcome of one {@link ModelEngine#process} call: counts, bad rows and model rows per run. */
public interface ProcessedBatch extends AutoCloseable {

  /** Counts of one run of the batch. */
  RunCounts counts(RunId runId);

  /** The bad rows of one run, streamed. */
  Iterator<BadRow> badRows(RunId runId);

  /** The rows of one model for one run, in {@link Model#columns()} order, streamed. */
  Iterator<ModelRow> rows(RunId runId, Model model);

  @Override
  void close();
}
