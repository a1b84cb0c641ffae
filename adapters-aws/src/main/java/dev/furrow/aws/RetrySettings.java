package dev.furrow.aws;

import java.time.Duration;
import java.util.Objects;

/**
 * Value: how AWS requests are retried: throttling and transient errors (5xx, timeouts, connection
 * failures) are retried with exponential backoff and full jitter, up to {@code maxAttempts} tries
 * in all; other errors fail at once.
 *
 * @param maxAttempts tries per request, the first included (at least 1)
 * @param baseDelay first backoff step for transient errors, doubled on each retry
 * @param throttlingBaseDelay first backoff step for throttling errors, doubled on each retry
 * @param maxDelay the largest pause between two tries
 * @param attemptTimeout how long one try may take before it counts as failed (and is retried)
 * @param callTimeout how long a request may take with all its tries
 */
public record RetrySettings(
    int maxAttempts,
    Duration baseDelay,
    Duration throttlingBaseDelay,
    Duration maxDelay,
    Duration attemptTimeout,
    Duration callTimeout) {

  /**
   * Patient defaults for a batch job: 10 tries, 100 ms / 500 ms (throttling) doubling up to 20 s,
   * 30 s per try and 5 minutes per request.
   */
  public static final RetrySettings DEFAULT =
      new RetrySettings(
          10,
          Duration.ofMillis(100),
          Duration.ofMillis(500),
          Duration.ofSeconds(20),
          Duration.ofSeconds(30),
          Duration.ofMinutes(5));

  public RetrySettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    requirePositive(baseDelay, "baseDelay");
    requirePositive(throttlingBaseDelay, "throttlingBaseDelay");
    requirePositive(maxDelay, "maxDelay");
    requirePositive(attemptTimeout, "attemptTimeout");
    requirePositive(callTimeout, "callTimeout");
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
