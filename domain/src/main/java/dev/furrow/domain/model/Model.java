package dev.furrow.domain.model;

import dev.furrow.domain.event.EnrichedEvent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Value: a model: a name, a filter, typed key columns and mergeable measures, written in plain
 * Java. Users subclass it and pass a {@link Spec} built with {@link #named}; everything in it is
 * serialisable so Spark can ship it to executors. Its meaning is defined by {@link
 * InMemoryExecutor}: one row per distinct key among the events that pass the filter.
 */
public class Model implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]*$");

  private final String name;
  private final EventPredicate filter;
  private final List<Key<?>> keys;
  private final List<Measure<?, ?, ?>> measures;
  private final List<Column> columns;

  protected Model(Spec spec) {
    this.name = spec.name;
    this.filter = spec.filter == null ? Filters.all() : spec.filter;
    this.keys = List.copyOf(spec.keys);
    this.measures = List.copyOf(spec.measures);
    List<Column> all = new ArrayList<>();
    keys.forEach(k -> all.add(k.column()));
    measures.forEach(m -> all.add(m.column()));
    this.columns = List.copyOf(all);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Model '" + name + "' has no columns");
    }
    Set<String> seen = new HashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.name())) {
        throw new IllegalArgumentException(
            "Model '" + name + "' declares column '" + c.name() + "' twice");
      }
    }
  }

  /** Starts the spec of a model; {@code name} is snake_case (it names tables and views). */
  public static Spec named(String name) {
    return new Spec(name);
  }

  /** The model's name, unique among the models of a job. */
  public String name() {
    return name;
  }

  /** The filter: which events the model reads. */
  public EventPredicate filter() {
    return filter;
  }

  /** Whether {@code e} passes the filter. */
  public boolean accepts(EnrichedEvent e) {
    return filter.test(e);
  }

  /** The key columns, in declaration order. */
  public List<Key<?>> keys() {
    return keys;
  }

  /** The measures, in declaration order. */
  public List<Measure<?, ?, ?>> measures() {
    return measures;
  }

  /** The output columns: keys first, then measures, in declaration order. */
  public List<Column> columns() {
    return columns;
  }

  /** The key values of {@code e}, in key order (nulls allowed). */
  public Object[] keyOf(EnrichedEvent e) {
    Object[] values = new Object[keys.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = keys.get(i).valueOf(e);
    }
    return values;
  }

  @Override
  public String toString() {
    return "Model[" + name + " " + columns.stream().map(Column::name).toList() + "]";
  }

  /** Builder: the parts of a model, in the order a reader expects them. */
  public static final class Spec {
    private final String name;
    private EventPredicate filter;
    private final List<Key<?>> keys = new ArrayList<>();
    private final List<Measure<?, ?, ?>> measures = new ArrayList<>();

    private Spec(String name) {
      Objects.requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "Model name '" + name + "' must match " + NAME.pattern());
      }
      this.name = name;
    }

    /** Keeps only events passing {@code condition}; several calls must all pass. */
    public Spec where(EventPredicate condition) {
      Objects.requireNonNull(condition, "condition");
      filter = filter == null ? condition : Filters.and(filter, condition);
      return this;
    }

    /** Adds a key column. */
    public Spec key(Key<?> key) {
      keys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /** Adds a measure column. */
    public Spec measure(Measure<?, ?, ?> measure) {
      measures.add(Objects.requireNonNull(measure, "measure"));
      return this;
    }

    /** A plain model of this spec, for models that need no class of their own. */
    public Model build() {
      return new Model(this);
    }
  }
}
