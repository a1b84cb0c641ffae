package dev.furrow.app.wiring;

import com.google.inject.Provider;
import dev.furrow.domain.job.ModelEngine;
import dev.furrow.domain.job.ProcessedBatch;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.run.RunFolder;
import java.util.List;

/**
 * A model engine created on first use, so that a job with nothing to do (or a dry run) never starts
 * Spark.
 */
final class DeferredModelEngine implements ModelEngine {

  private final Provider<ModelEngine> engine;

  DeferredModelEngine(Provider<ModelEngine> engine) {
    this.engine = engine;
  }

  @Override
  public ProcessedBatch process(List<RunFolder> runs, List<Model> models, Dedup dedup) {
    return engine.get().process(runs, models, dedup);
  }
}
