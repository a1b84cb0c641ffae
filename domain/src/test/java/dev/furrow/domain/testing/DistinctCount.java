package dev.furrow.domain.testing;

import dev.furrow.domain.model.Aggregator;
import java.util.TreeSet;

/**
 * Test aggregator: the number of distinct inputs, a typical custom measure (its buffer is a set,
 * updated in place, so no standard measure can do it).
 */
public final class DistinctCount implements Aggregator<String, TreeSet<String>, Long> {

  private static final long serialVersionUID = 1L;

  @Override
  public TreeSet<String> zero() {
    return new TreeSet<>();
  }

  @Override
  public TreeSet<String> add(TreeSet<String> buffer, String input) {
    buffer.add(input);
    return buffer;
  }

  @Override
  public TreeSet<String> merge(TreeSet<String> left, TreeSet<String> right) {
    left.addAll(right);
    return left;
  }

  @Override
  public Long finish(TreeSet<String> buffer) {
    return (long) buffer.size();
  }
}
