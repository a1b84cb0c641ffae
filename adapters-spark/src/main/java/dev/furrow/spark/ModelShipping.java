package dev.furrow.spark;

import dev.furrow.domain.model.Model;
import java.util.List;

/**
 * Check: every model of a batch can travel to Spark executors (separate JVMs on a cluster), tested
 * on the driver before any job starts so the failure names the model instead of Spark's generic
 * "Task not serializable".
 */
final class ModelShipping {

  private ModelShipping() {}

  /**
   * @throws IllegalArgumentException naming the first model (and measure) that cannot be serialised
   */
  static void check(Projection projection) {
    List<Model> models = projection.models();
    for (int i = 0; i < models.size(); i++) {
      Model model = models.get(i);
      JavaSerialization.checkSerializable(model, () -> "model '" + model.name() + "'");
      for (MeasurePlan plan : projection.plans(i)) {
        if (plan.runsAggregator()) {
          Object zero = plan.measure().aggregator().zero();
          JavaSerialization.checkSerializable(
              zero,
              () ->
                  "the zero buffer of measure '"
                      + plan.columnName()
                      + "' of model '"
                      + model.name()
                      + "'");
        }
      }
    }
  }
}
