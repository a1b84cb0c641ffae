package dev.furrow.domain.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Value: the input of a FIRST_BY / LAST_BY measure: a value with the order that ranks it. Ordered
 * values compare by order, then by value, so ties never depend on partitioning.
 *
 * @param order what ranks the value, e.g. a timestamp; non-null
 * @param value the value; non-null and {@link Comparable}
 */
public record Ordered<V>(Comparable<?> order, V value)
    implements Comparable<Ordered<V>>, Serializable {

  public Ordered {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(value, "value");
    if (!(value instanceof Comparable)) {
      throw new IllegalArgumentException("Ordered value must be Comparable: " + value.getClass());
    }
  }

  @Override
  public int compareTo(Ordered<V> other) {
    int byOrder = Values.compare(order, other.order);
    return byOrder != 0 ? byOrder : Values.compare(value, other.value);
  }
}
