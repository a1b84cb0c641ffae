package dev.furrow.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.testing.AggregatorLaws;
import dev.furrow.domain.testing.DistinctCount;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardAggregatorLawsTest {

  private static final Instant T1 = Instant.parse("2024-05-01T10:00:00Z");
  private static final Instant T2 = Instant.parse("2024-05-01T11:00:00Z");
  private static final Instant T3 = Instant.parse("2024-05-02T09:30:00Z");

  @Test
  void count_obeysTheLaws() {
    AggregatorLaws.check(Measures.count("n").aggregator(), List.<Object>of(true, true, true, true));
  }

  @Test
  void longSum_obeysTheLaws() {
    AggregatorLaws.check(
        Measures.sum("s", ColumnType.LONG, e -> 1).aggregator(),
        List.<Number>of(3, 1L, -4, 1, 5_000_000_000L, 0));
  }

  @Test
  void longSum_failsOnOverflow_inAddAndInMerge() {
    assertOverflows(Measures.sum("s", ColumnType.LONG, e -> 1).aggregator());
  }

  private static <B, O> void assertOverflows(Aggregator<Number, B, O> sum) {
    B big = sum.add(sum.zero(), Long.MAX_VALUE);
    B one = sum.add(sum.zero(), 1);
    assertThrows(ArithmeticException.class, () -> sum.add(big, 1));
    assertThrows(ArithmeticException.class, () -> sum.merge(big, one));
  }

  @Test
  void doubleSum_obeysTheLawsExactly_evenWhereFloatingPointAdditionDoesNot() {
    assertTrue((0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3), "the samples must expose rounding");
    AggregatorLaws.check(
        Measures.sum("s", ColumnType.DOUBLE, e -> 1.0).aggregator(),
        List.<Number>of(0.1, 0.2, 0.3, 1e16, -1e16, 7, 0.1));
  }

  @Test
  void doubleSum_obeysTheLawsWithNonFiniteValues() {
    AggregatorLaws.check(
        Measures.sum("s", ColumnType.DOUBLE, e -> 1.0).aggregator(),
        List.<Number>of(1.5, Double.POSITIVE_INFINITY, 2.0, Double.NEGATIVE_INFINITY, 3.0));
    AggregatorLaws.check(
        Measures.sum("s", ColumnType.DOUBLE, e -> 1.0).aggregator(),
        List.<Number>of(1.5, Double.NaN, 2.0));
  }

  @Test
  void countIf_obeysTheLaws() {
    AggregatorLaws.check(
        Measures.countIf("n", Filters.all()).aggregator(), List.<Number>of(1L, 1L, 1L));
  }

  @Test
  void min_obeysTheLaws() {
    AggregatorLaws.check(
        Measures.min("m", ColumnType.TIMESTAMP, e -> T1).aggregator(), List.of(T2, T1, T3, T1));
  }

  @Test
  void max_obeysTheLaws() {
    AggregatorLaws.check(
        Measures.max("m", ColumnType.STRING, e -> "x").aggregator(), List.of("b", "a", "c", "c"));
  }

  @Test
  void any_obeysTheLaws_andPicksTheSmallest() {
    Aggregator<String, String, String> any =
        Measures.any("a", ColumnType.STRING, e -> "x").aggregator();
    AggregatorLaws.check(any, List.of("pear", "apple", "fig", "apple"));
    assertEquals("apple", any.finish(any.add(any.add(any.zero(), "pear"), "apple")));
  }

  @Test
  void firstBy_obeysTheLaws_withTiesOnTheOrder() {
    AggregatorLaws.check(
        Measures.firstBy("f", ColumnType.STRING, e -> "x", e -> T1).aggregator(),
        List.of(
            new Ordered<>(T2, "b"),
            new Ordered<>(T1, "z"),
            new Ordered<>(T1, "a"),
            new Ordered<>(T3, "a")));
  }

  @Test
  void lastBy_obeysTheLaws_withTiesOnTheOrder() {
    AggregatorLaws.check(
        Measures.lastBy("l", ColumnType.STRING, e -> "x", e -> T1).aggregator(),
        List.of(
            new Ordered<>(T3, "b"),
            new Ordered<>(T1, "z"),
            new Ordered<>(T3, "a"),
            new Ordered<>(T2, "c")));
  }

  @Test
  void customAggregatorWithAMutableBuffer_obeysTheLaws() {
    AggregatorLaws.check(new DistinctCount(), List.of("u1", "u2", "u1", "u3", "u2"));
  }

  @Test
  void lawsChecker_rejectsAnAggregatorWhoseMergeDependsOnOrder() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> AggregatorLaws.check(new LastSeen(), List.of("a", "b", "c")));
    assertTrue(error.getMessage().contains("breaks the law"), error.getMessage());
  }

  @Test
  void lawsChecker_rejectsAZeroThatIsNotAnIdentity() {
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> AggregatorLaws.check(new CountFromOne(), List.of(1, 2)));
    assertTrue(error.getMessage().contains("breaks the law"), error.getMessage());
  }

  /** Broken on purpose: keeps the right-hand value, so merge is not commutative. */
  static final class LastSeen implements Aggregator<String, String, String>, Serializable {
    @Override
    public String zero() {
      return null;
    }

    @Override
    public String add(String buffer, String input) {
      return input;
    }

    @Override
    public String merge(String left, String right) {
      return right == null ? left : right;
    }

    @Override
    public String finish(String buffer) {
      return buffer;
    }
  }

  /** Broken on purpose: its zero counts as one input. */
  static final class CountFromOne implements Aggregator<Integer, Long, Long> {
    @Override
    public Long zero() {
      return 1L;
    }

    @Override
    public Long add(Long buffer, Integer input) {
      return buffer + 1;
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }
  }
}
