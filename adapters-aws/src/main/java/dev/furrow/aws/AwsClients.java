package dev.furrow.aws;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Factory: the synchronous S3 and DynamoDB clients for {@link AwsSettings}, with credentials from
 * the AWS default provider chain, the Apache 5 HTTP client and an explicit retry strategy.
 *
 * <p>Each client owns its connection pool: the caller closes it when done.
 */
public final class AwsClients {

  private static final int MAX_CONNECTIONS = 64;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private AwsClients() {}

  /** An S3 client; path-style addressing when the settings ask for it. */
  public static S3Client s3(AwsSettings settings) {
    return s3(settings, DefaultCredentialsProvider.builder().build());
  }

  /** An S3 client with explicit credentials (for embedding; the application uses the chain). */
  public static S3Client s3(AwsSettings settings, AwsCredentialsProvider credentials) {
    Objects.requireNonNull(settings, "settings");
    var builder =
        S3Client.builder()
            .forcePathStyle(settings.pathStyleAccess())
            // A bucket in another region than the configured one is followed, on AWS only.
            .crossRegionAccessEnabled(settings.s3Endpoint().isEmpty());
    settings.s3Endpoint().ifPresent(builder::endpointOverride);
    return build(builder, settings, credentials, "S3");
  }

  /** A DynamoDB client. */
  public static DynamoDbClient dynamoDb(AwsSettings settings) {
    return dynamoDb(settings, DefaultCredentialsProvider.builder().build());
  }

  /**
   * A DynamoDB client with explicit credentials (for embedding; the application uses the chain).
   */
  public static DynamoDbClient dynamoDb(AwsSettings settings, AwsCredentialsProvider credentials) {
    Objects.requireNonNull(settings, "settings");
    var builder = DynamoDbClient.builder();
    settings.dynamoDbEndpoint().ifPresent(builder::endpointOverride);
    return build(builder, settings, credentials, "DynamoDB");
  }

  /**
   * The SDK's standard AWS retry strategy (it knows which errors are throttling or transient) with
   * Furrow's attempts and backoff. The retry quota ("circuit breaker") is off: a batch job would
   * rather wait out a throttling storm than fail fast.
   */
  static RetryStrategy retryStrategy(RetrySettings retry) {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(retry.maxAttempts())
        .backoffStrategy(BackoffStrategy.exponentialDelay(retry.baseDelay(), retry.maxDelay()))
        .throttlingBackoffStrategy(
            BackoffStrategy.exponentialDelay(retry.throttlingBaseDelay(), retry.maxDelay()))
        .circuitBreakerEnabled(false)
        .build();
  }

  static ClientOverrideConfiguration overrides(RetrySettings retry) {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(retryStrategy(retry))
        .apiCallAttemptTimeout(retry.attemptTimeout())
        .apiCallTimeout(retry.callTimeout())
        .build();
  }

  private static Apache5HttpClient.Builder httpClient() {
    return Apache5HttpClient.builder()
        .maxConnections(MAX_CONNECTIONS)
        .connectionTimeout(CONNECT_TIMEOUT);
  }

  private static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C build(
      B builder, AwsSettings settings, AwsCredentialsProvider credentials, String service) {
    Objects.requireNonNull(credentials, "credentials");
    settings.region().ifPresent(region -> builder.region(Region.of(region)));
    builder
        .credentialsProvider(credentials)
        .overrideConfiguration(overrides(settings.retry()))
        .httpClientBuilder(httpClient());
    try {
      return builder.build();
    } catch (SdkClientException e) {
      // Typically "Unable to load region": nothing configured and no default region found.
      throw new AwsRequestException(
          "Cannot create the "
              + service
              + " client: "
              + e.getMessage()
              + " (set furrow.aws.region, or AWS_REGION in the environment)",
          e);
    }
  }
}
