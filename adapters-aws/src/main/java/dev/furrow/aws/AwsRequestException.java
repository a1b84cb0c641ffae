package dev.furrow.aws;

/**
 * Failure: an AWS request failed for good (a permanent error, or a transient one that outlasted the
 * retries); the message names the bucket, prefix or table and what to check.
 */
public final class AwsRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AwsRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
