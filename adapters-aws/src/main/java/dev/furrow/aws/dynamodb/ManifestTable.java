package dev.furrow.aws.dynamodb;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates the run manifest table when it is missing (on-demand billing, hash key {@code RunId} of
 * type S, as the Snowplow SDK's), waits until it is ACTIVE, and checks the key schema of a table
 * that already existed.
 */
final class ManifestTable {

  private static final Logger LOG = LoggerFactory.getLogger(ManifestTable.class);

  /** Poll every second: the SDK waiter's default of 20 s would dominate a fresh start. */
  private static final Duration POLL = Duration.ofSeconds(1);

  private static final Duration WAIT = Duration.ofMinutes(5);

  private ManifestTable() {}

  static void createIfMissing(DynamoDbClient dynamo, String table) {
    try {
      dynamo.createTable(
          b ->
              b.tableName(table)
                  .attributeDefinitions(
                      AttributeDefinition.builder()
                          .attributeName(ManifestItem.RUN_ID)
                          .attributeType(ScalarAttributeType.S)
                          .build())
                  .keySchema(
                      KeySchemaElement.builder()
                          .attributeName(ManifestItem.RUN_ID)
                          .keyType(KeyType.HASH)
                          .build())
                  .billingMode(BillingMode.PAY_PER_REQUEST));
      LOG.info("Created DynamoDB run manifest table '{}'", table);
    } catch (ResourceInUseException e) {
      // Exists already (or is being created by a racing process): wait for it and check it.
    } catch (SdkException e) {
      throw DynamoDbFailures.translate(e, table, "create the table");
    }
    TableDescription description;
    try (DynamoDbWaiter waiter =
        DynamoDbWaiter.builder()
            .client(dynamo)
            .overrideConfiguration(
                WaiterOverrideConfiguration.builder()
                    .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(POLL))
                    .waitTimeout(WAIT)
                    .maxAttempts(Integer.MAX_VALUE)
                    .build())
            .build()) {
      description =
          waiter
              .waitUntilTableExists(b -> b.tableName(table))
              .matched()
              .response()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "DynamoDB run manifest table '" + table + "' did not become active"))
              .table();
    } catch (SdkException e) {
      throw DynamoDbFailures.translate(e, table, "wait until the table is active");
    }
    checkKeySchema(table, description);
  }

  private static void checkKeySchema(String table, TableDescription description) {
    List<KeySchemaElement> keys = description.keySchema();
    boolean hashRunId =
        keys.size() == 1
            && keys.get(0).keyType() == KeyType.HASH
            && keys.get(0).attributeName().equals(ManifestItem.RUN_ID);
    boolean stringKey =
        description.attributeDefinitions().stream()
            .anyMatch(
                d ->
                    d.attributeName().equals(ManifestItem.RUN_ID)
                        && d.attributeType() == ScalarAttributeType.S);
    if (!hashRunId || !stringKey) {
      throw new IllegalStateException(
          "DynamoDB table '"
              + table
              + "' exists but is not a run manifest table: its key is "
              + keys
              + " "
              + description.attributeDefinitions()
              + ", a run manifest table has a single hash key RunId of type S");
    }
  }
}
