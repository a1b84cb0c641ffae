package dev.furrow.domain.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value: one output column of a model: its name (snake_case, as it appears in SQL), type and
 * cross-run combine rule.
 */
public record Column(String name, ColumnType type, Combine combine) implements Serializable {

  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]*$");

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(combine, "combine");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Column name '" + name + "' must match " + NAME.pattern());
    }
  }

  /** The same column with another combine rule. */
  public Column withCombine(Combine newCombine) {
    return new Column(name, type, newCombine);
  }
}
