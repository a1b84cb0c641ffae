package dev.furrow.domain.testing;

import dev.furrow.domain.model.Aggregator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Fixture: checks the laws every {@link Aggregator} must obey, so its result does not depend on how
 * an engine partitions or orders the events. Usable from any module's tests: {@code
 * AggregatorLaws.check(myAggregator, List.of(3, 1, 4, 1, 5))}.
 *
 * <p>The samples are cut into consecutive segments at every pair of positions (in the given and in
 * the reversed order), and for the segment buffers a, b, c it checks, comparing {@code finish}
 * results: zero is the identity of merge, merge(a, b) = merge(b, a), merge(merge(a, b), c) =
 * merge(a, merge(b, c)), and adding all samples one by one equals merging their singleton buffers
 * (and merging the segments). Every buffer is built afresh, so aggregators that update buffers in
 * place are checked correctly. Include duplicates and ties among the samples.
 *
 * @throws AssertionError naming the law, the segments and the two results on the first violation
 */
public final class AggregatorLaws {

  private AggregatorLaws() {}

  /** Checks the laws, comparing results with {@link Objects#deepEquals}. */
  public static <I, B, O> void check(Aggregator<I, B, O> aggregator, List<I> samples) {
    check(aggregator, samples, Objects::deepEquals);
  }

  /** Checks the laws, comparing results with {@code same}. */
  public static <I, B, O> void check(
      Aggregator<I, B, O> aggregator, List<I> samples, BiPredicate<O, O> same) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("AggregatorLaws needs at least one sample input");
    }
    Checker<I, B, O> checker = new Checker<>(aggregator, same);
    checker.addEqualsMergeOfSingletons(samples);
    checker.segments(samples);
    List<I> reversed = new ArrayList<>(samples);
    Collections.reverse(reversed);
    checker.segments(reversed);
  }

  private record Checker<I, B, O>(Aggregator<I, B, O> agg, BiPredicate<O, O> same) {

    B fold(List<I> inputs) {
      B buffer = agg.zero();
      for (I input : inputs) {
        buffer = agg.add(buffer, input);
      }
      return buffer;
    }

    O result(List<I> inputs) {
      return agg.finish(fold(inputs));
    }

    void addEqualsMergeOfSingletons(List<I> samples) {
      O added = result(samples);
      B left = agg.zero();
      for (I input : samples) {
        left = agg.merge(left, agg.add(agg.zero(), input));
      }
      expect("add = merge of singletons (left fold)", samples, added, agg.finish(left));
      B right = agg.zero();
      for (int i = samples.size() - 1; i >= 0; i--) {
        right = agg.merge(agg.add(agg.zero(), samples.get(i)), right);
      }
      expect("add = merge of singletons (right fold)", samples, added, agg.finish(right));
    }

    void segments(List<I> samples) {
      int n = samples.size();
      O whole = result(samples);
      for (int i = 0; i <= n; i++) {
        for (int j = i; j <= n; j++) {
          List<I> a = samples.subList(0, i);
          List<I> b = samples.subList(i, j);
          List<I> c = samples.subList(j, n);
          String where = "segments " + a + " " + b + " " + c;
          expect(
              "zero is a left identity", where, result(a), finish(agg.merge(agg.zero(), fold(a))));
          expect(
              "zero is a right identity", where, result(a), finish(agg.merge(fold(a), agg.zero())));
          expect(
              "merge is commutative",
              where,
              finish(agg.merge(fold(a), fold(b))),
              finish(agg.merge(fold(b), fold(a))));
          expect(
              "merge is associative",
              where,
              finish(agg.merge(agg.merge(fold(a), fold(b)), fold(c))),
              finish(agg.merge(fold(a), agg.merge(fold(b), fold(c)))));
          expect(
              "add = merge of partitions",
              where,
              whole,
              finish(agg.merge(agg.merge(fold(c), fold(a)), fold(b))));
        }
      }
    }

    O finish(B buffer) {
      return agg.finish(buffer);
    }

    void expect(String law, Object where, O expected, O actual) {
      if (!same.test(expected, actual)) {
        throw new AssertionError(
            "Aggregator "
                + agg.getClass().getName()
                + " breaks the law '"
                + law
                + "' for "
                + where
                + ": "
                + expected
                + " vs "
                + actual);
      }
    }
  }
}
