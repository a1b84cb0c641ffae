package dev.furrow.domain.model;

import java.time.Instant;
import java.time.LocalDate;

/** Value: the type of an output column and the Java class of its values. */
public enum ColumnType {
  STRING(String.class),
  INT(Integer.class),
  LONG(Long.class),
  DOUBLE(Double.class),
  DATE(LocalDate.class),
  TIMESTAMP(Instant.class),
  BOOLEAN(Boolean.class);

  private final Class<?> javaType;

  ColumnType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The class every non-null value of a column of this type has. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Whether {@code value} may appear in a column of this type (null always may). */
  public boolean accepts(Object value) {
    return value == null || javaType.isInstance(value);
  }
}
