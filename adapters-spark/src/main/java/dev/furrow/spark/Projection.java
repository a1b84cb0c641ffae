package dev.furrow.spark;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.Key;
import dev.furrow.domain.model.Model;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Plan: the one typed row each line becomes, holding only what the batch needs.
 *
 * <pre>
 * run_id, bad_line                 the run; the line when it is a bad row (null for an event)
 * dedup_key, raw                   only with natural dedup: event_id + fingerprint and the line
 *                                  of a fingerprinted event (Spark orders strings by UTF-8 bytes,
 *                                  i.e. by code point, as the in-memory dedup does); other lines
 *                                  get a unique key and no line
 * m{i}_ok                          per model: whether the event passed its filter
 * m{i}_k{j}, m{i}_v{j}             its key values and measure inputs (null when not ok)
 * </pre>
 */
final class Projection implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String RUN_ID = "run_id";
  static final String BAD_LINE = "bad_line";
  static final String DEDUP_KEY = "dedup_key";
  static final String RAW = "raw";
  static final String DUPLICATE = "duplicate";

  private final List<Model> models;
  private final List<List<MeasurePlan>> plans;
  private final boolean dedup;

  Projection(List<Model> models, boolean dedup) {
    this.models = List.copyOf(models);
    this.dedup = dedup;
    List<List<MeasurePlan>> all = new ArrayList<>();
    for (Model model : models) {
      all.add(model.measures().stream().map(m -> new MeasurePlan(model.name(), m)).toList());
    }
    this.plans = List.copyOf(all);
  }

  List<Model> models() {
    return models;
  }

  boolean dedup() {
    return dedup;
  }

  /** The measure plans of model {@code i}. */
  List<MeasurePlan> plans(int i) {
    return plans.get(i);
  }

  static String ok(int model) {
    return "m" + model + "_ok";
  }

  static String key(int model, int key) {
    return "m" + model + "_k" + key;
  }

  static String input(int model, int measure) {
    return "m" + model + "_v" + measure;
  }

  /** The schema of the projected rows. */
  StructType schema() {
    StructType schema =
        new StructType()
            .add(RUN_ID, DataTypes.StringType, false)
            .add(BAD_LINE, DataTypes.StringType, true);
    if (dedup) {
      schema =
          schema.add(DEDUP_KEY, DataTypes.StringType, true).add(RAW, DataTypes.StringType, true);
    }
    for (int i = 0; i < models.size(); i++) {
      schema = schema.add(ok(i), DataTypes.BooleanType, false);
      List<Key<?>> keys = models.get(i).keys();
      for (int j = 0; j < keys.size(); j++) {
        schema = schema.add(key(i, j), WireCodec.dataType(keys.get(j).column().type()), true);
      }
      List<MeasurePlan> measures = plans.get(i);
      for (int j = 0; j < measures.size(); j++) {
        schema = schema.add(input(i, j), measures.get(j).inputType(), true);
      }
    }
    return schema;
  }

  /** The number of columns of the projected rows. */
  int width() {
    return schema().size();
  }

  /** Where the model columns start. */
  int modelsAt() {
    return dedup ? 4 : 2;
  }

  /** Writes the model columns of a line that is not an event (no model accepts it). */
  void projectNone(Object[] row) {
    int column = modelsAt();
    for (int i = 0; i < models.size(); i++) {
      row[column] = false;
      column += 1 + models.get(i).keys().size() + plans.get(i).size();
    }
  }

  /** Writes the model columns of event {@code e} into {@code row}. */
  void projectModels(EnrichedEvent e, Object[] row) {
    int column = modelsAt();
    for (int i = 0; i < models.size(); i++) {
      Model model = models.get(i);
      List<Key<?>> keys = model.keys();
      List<MeasurePlan> measures = plans.get(i);
      boolean accepted = accepts(model, e);
      row[column++] = accepted;
      if (!accepted) {
        column += keys.size() + measures.size();
        continue;
      }
      for (Key<?> key : keys) {
        row[column++] = keyValue(model, key, e);
      }
      for (MeasurePlan measure : measures) {
        row[column++] = input(model, measure, e);
      }
    }
  }

  private static boolean accepts(Model model, EnrichedEvent e) {
    try {
      return model.accepts(e);
    } catch (RuntimeException ex) {
      throw failure(model, "filter", e, ex);
    }
  }

  private static Object keyValue(Model model, Key<?> key, EnrichedEvent e) {
    Object value;
    try {
      value = key.valueOf(e);
    } catch (RuntimeException ex) {
      throw failure(model, "key '" + key.column().name() + "'", e, ex);
    }
    return WireCodec.encode(
        key.column().type(), TypeCheck.checked(model.name(), key.column(), value));
  }

  private static Object input(Model model, MeasurePlan measure, EnrichedEvent e) {
    try {
      return measure.project(e);
    } catch (RuntimeException ex) {
      throw failure(model, "measure '" + measure.columnName() + "'", e, ex);
    }
  }

  private static IllegalStateException failure(
      Model model, String part, EnrichedEvent e, RuntimeException cause) {
    return new IllegalStateException(
        "Model '" + model.name() + "' " + part + " failed on event " + e.eventId() + ": " + cause,
        cause);
  }
}
