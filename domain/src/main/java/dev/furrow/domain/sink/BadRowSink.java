package dev.furrow.domain.sink;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.run.RunId;
import java.util.Iterator;

/** Port: where the lines that are not valid enriched events go, with their errors. */
public interface BadRowSink {

  /**
   * Replaces the bad rows recorded for {@code runId} with {@code rows} (consumed once, streamed).
   *
   * @return the number of bad rows written
   */
  long write(RunId runId, Iterator<BadRow> rows);
}
