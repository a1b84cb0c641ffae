package dev.furrow.spark;

import dev.furrow.domain.model.Column;

/** Check: a model value has its column's Java class, as the in-memory executor requires. */
final class TypeCheck {

  private TypeCheck() {}

  /**
   * Returns {@code value} when it fits {@code column}.
   *
   * @throws IllegalStateException naming the model, column, declared type and actual class
   */
  static Object checked(String modelName, Column column, Object value) {
    if (!column.type().accepts(value)) {
      throw new IllegalStateException(
          "Model '"
              + modelName
              + "' column '"
              + column.name()
              + "' is "
              + column.type()
              + " but produced a "
              + value.getClass().getName());
    }
    return value;
  }
}
