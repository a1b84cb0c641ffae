package dev.furrow.domain.sample;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index from a fixed discrete distribution (weights or Zipf ranks) in O(log n). */
final class Sampler {

  private final double[] cumulative;

  private Sampler(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
    cumulative[cumulative.length - 1] = 1.0;
  }

  static Sampler weighted(double... weights) {
    return new Sampler(weights.clone());
  }

  /** Rank {@code k} (0-based) drawn with probability proportional to {@code 1 / (k + 1)^s}. */
  static Sampler zipf(int n, double s) {
    double[] weights = new double[n];
    for (int k = 0; k < n; k++) {
      weights[k] = 1.0 / Math.pow(k + 1, s);
    }
    return new Sampler(weights);
  }

  int next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
  }
}
