package dev.furrow.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The clients carry Furrow's retry and timeout configuration, not the SDK's defaults. */
class AwsClientsTest {

  private static final RetrySettings RETRY =
      new RetrySettings(
          7,
          Duration.ofMillis(20),
          Duration.ofMillis(300),
          Duration.ofSeconds(3),
          Duration.ofSeconds(11),
          Duration.ofSeconds(99));

  @Test
  void retryStrategy_hasTheConfiguredAttempts() {
    RetryStrategy strategy = AwsClients.retryStrategy(RETRY);

    assertEquals(7, strategy.maxAttempts());
    assertEquals(10, AwsClients.retryStrategy(RetrySettings.DEFAULT).maxAttempts());
  }

  @Test
  void bothClients_useTheConfiguredRetriesAndTimeouts() {
    AwsSettings settings =
        AwsSettings.defaults()
            .withRegion("eu-west-1")
            .withS3Endpoint(URI.create("http://127.0.0.1:1"), true)
            .withDynamoDbEndpoint(URI.create("http://127.0.0.1:2"))
            .withRetry(RETRY);
    try (S3Client s3 = AwsClients.s3(settings);
        DynamoDbClient dynamo = AwsClients.dynamoDb(settings)) {
      for (ClientOverrideConfiguration overrides :
          new ClientOverrideConfiguration[] {
            s3.serviceClientConfiguration().overrideConfiguration(),
            dynamo.serviceClientConfiguration().overrideConfiguration()
          }) {
        assertEquals(7, overrides.retryStrategy().orElseThrow().maxAttempts());
        assertEquals(Duration.ofSeconds(11), overrides.apiCallAttemptTimeout().orElseThrow());
        assertEquals(Duration.ofSeconds(99), overrides.apiCallTimeout().orElseThrow());
      }
      assertEquals("eu-west-1", dynamo.serviceClientConfiguration().region().id());
      assertEquals(
          URI.create("http://127.0.0.1:2"),
          dynamo.serviceClientConfiguration().endpointOverride().orElseThrow());
    }
  }

  @Test
  void settings_rejectEndpointsThatAreNotHttpUrls() {
    AwsSettings defaults = AwsSettings.defaults();
    assertThrows(
        IllegalArgumentException.class,
        () -> defaults.withS3Endpoint(URI.create("s3://bucket/"), true));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> defaults.withDynamoDbEndpoint(URI.create("localhost:8000")));
    assertTrue(e.getMessage().contains("DynamoDB endpoint"), e.getMessage());
  }

  @Test
  void retrySettings_rejectNonsense() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RetrySettings(
                0,
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                Duration.ofMillis(1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RetrySettings(
                3,
                Duration.ZERO,
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                Duration.ofMillis(1)));
  }
}
