package dev.furrow.domain.job;

import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.run.RunFolder;
import java.util.List;

/** Port: what runs models over the events of run folders (in memory, or on Spark). */
public interface ModelEngine {

  /**
   * Reads the lines of {@code runs} (plain or gzip part files; hidden files and markers such as
   * {@code _SUCCESS} ignored), parses them, drops natural duplicates when asked, and evaluates
   * every model per run. The result keeps per-run outputs apart even when runs share one job. Rows
   * are produced lazily; close the result to release what the engine cached.
   */
  ProcessedBatch process(List<RunFolder> runs, List<Model> models, Dedup dedup);
}
