package dev.furrow.domain.sink;

import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.util.Iterator;

/** Port: where the rows of a model go, one run at a time. */
public interface Sink {

  /** The name used in configuration ({@code furrow.sinks}), e.g. {@code parquet}. */
  String name();

  /**
   * Replaces the rows of {@code model} for {@code runId} with {@code rows}, atomically: readers see
   * either the previous rows of that run or all of the new ones, never a mix, and writing the same
   * run again leaves one copy. An empty iterator leaves the run with no rows. Rows arrive in {@link
   * Model#columns()} order and are consumed once; the sink must not hold them all in memory.
   *
   * @return the number of rows written
   */
  long write(RunId runId, Model model, Iterator<ModelRow> rows);
}
