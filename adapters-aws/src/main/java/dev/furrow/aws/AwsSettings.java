package dev.furrow.aws;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: how Furrow reaches AWS ({@code furrow.aws}). Holds no credentials: those come from the AWS
 * default provider chain (environment, system properties, profile, container or instance role).
 *
 * @param region the AWS region; empty means the SDK's default region chain ({@code AWS_REGION},
 *     profile, instance metadata)
 * @param s3Endpoint an S3-compatible endpoint instead of AWS's, e.g. {@code http://127.0.0.1:9000}
 * @param dynamoDbEndpoint a DynamoDB-compatible endpoint instead of AWS's
 * @param pathStyleAccess address buckets as {@code endpoint/bucket/key} instead of {@code
 *     bucket.endpoint/key}; most S3-compatible stores need it
 * @param retry how throttled and failed requests are retried
 */
public record AwsSettings(
    Optional<String> region,
    Optional<URI> s3Endpoint,
    Optional<URI> dynamoDbEndpoint,
    boolean pathStyleAccess,
    RetrySettings retry) {

  public AwsSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(s3Endpoint, "s3Endpoint");
    Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    Objects.requireNonNull(retry, "retry");
    region.ifPresent(
        r -> {
          if (r.isBlank()) {
            throw new IllegalArgumentException("AWS region must not be blank");
          }
        });
    s3Endpoint.ifPresent(e -> checkEndpoint(e, "S3"));
    dynamoDbEndpoint.ifPresent(e -> checkEndpoint(e, "DynamoDB"));
  }

  /** AWS itself in the default region, with the default retries. */
  public static AwsSettings defaults() {
    return new AwsSettings(
        Optional.empty(), Optional.empty(), Optional.empty(), false, RetrySettings.DEFAULT);
  }

  public AwsSettings withRegion(String value) {
    return new AwsSettings(
        Optional.of(value), s3Endpoint, dynamoDbEndpoint, pathStyleAccess, retry);
  }

  public AwsSettings withS3Endpoint(URI value, boolean pathStyle) {
    return new AwsSettings(region, Optional.of(value), dynamoDbEndpoint, pathStyle, retry);
  }

  public AwsSettings withDynamoDbEndpoint(URI value) {
    return new AwsSettings(region, s3Endpoint, Optional.of(value), pathStyleAccess, retry);
  }

  public AwsSettings withRetry(RetrySettings value) {
    return new AwsSettings(region, s3Endpoint, dynamoDbEndpoint, pathStyleAccess, value);
  }

  private static void checkEndpoint(URI endpoint, String service) {
    String scheme = endpoint.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          service + " endpoint must be an http:// or https:// URL with a host: '" + endpoint + "'");
    }
  }
}
