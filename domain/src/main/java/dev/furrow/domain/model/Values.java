package dev.furrow.domain.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Comparison of column values: nulls first, then the values' natural order. */
final class Values {

  /** Compares two key rows column by column, nulls first. */
  static final Comparator<List<Object>> KEY_ORDER =
      (left, right) -> {
        for (int i = 0; i < left.size(); i++) {
          int c = compare(left.get(i), right.get(i));
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  private Values() {}

  /** The keys of {@code groups} in {@link #KEY_ORDER}. */
  static List<List<Object>> sortedKeys(Map<List<Object>, ?> groups) {
    List<List<Object>> keys = new ArrayList<>(groups.keySet());
    keys.sort(KEY_ORDER);
    return keys;
  }

  /** Natural order, nulls first; both values must be mutually Comparable. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object left, Object right) {
    if (left == null || right == null) {
      return left == null ? (right == null ? 0 : -1) : 1;
    }
    return ((Comparable) left).compareTo(right);
  }

  /** The smaller of two values, ignoring nulls. */
  static <T> T minNonNull(T left, T right) {
    if (left == null || right == null) {
      return left == null ? right : left;
    }
    return compare(left, right) <= 0 ? left : right;
  }

  /** The larger of two values, ignoring nulls. */
  static <T> T maxNonNull(T left, T right) {
    if (left == null || right == null) {
      return left == null ? right : left;
    }
    return compare(left, right) >= 0 ? left : right;
  }
}
