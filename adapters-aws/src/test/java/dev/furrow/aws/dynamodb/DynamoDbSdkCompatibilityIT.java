package dev.furrow.aws.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsServersExtension;
import dev.furrow.aws.TestServers;
import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.run.RunStats;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A table shared with the Snowplow Analytics SDK's run manifest: the SDK's items (only {@code
 * RunId}, the run folder's prefix with a trailing slash) count as processed, and Furrow's items are
 * found by the SDK's {@code contains} (a GetItem on the same key).
 */
@ExtendWith(AwsServersExtension.class)
class DynamoDbSdkCompatibilityIT {

  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final RunId SDK_RUN = RunId.of("run=2017-07-17-22-40-30");
  private static final RunId NEW_RUN = RunId.of("run=2017-07-18-01-00-00");
  private static DynamoDbClient dynamo;

  private String table;
  private DynamoDbRunManifest manifest;

  @BeforeAll
  static void connect() {
    dynamo = AwsClients.dynamoDb(TestServers.dynamoDbSettings());
  }

  @AfterAll
  static void disconnect() {
    dynamo.close();
  }

  @BeforeEach
  void sdkTable() {
    table = DynamoDbRunManifestIT.freshTable();
    manifest = new DynamoDbRunManifest(dynamo, table, "enriched/good/");
    manifest.createTableIfMissing();
  }

  @Test
  void itemWrittenBySdk_countsAsProcessed_andIsNeverLeasedNorChanged() {
    sdkAdd("enriched/good/run=2017-07-17-22-40-30/");

    assertEquals(Optional.empty(), manifest.tryLease(SDK_RUN, "furrow-1", LEASE));
    RunRecord record = manifest.get(SDK_RUN).orElseThrow();
    assertEquals(RunState.PROCESSED, record.state());
    assertEquals(Optional.empty(), record.owner());
    assertEquals(Optional.empty(), record.stats());
    assertEquals(0, record.attempts());
    assertEquals(List.of(record), manifest.list());
    assertEquals(
        Map.of("RunId", AttributeValue.fromS("enriched/good/run=2017-07-17-22-40-30/")),
        item("enriched/good/run=2017-07-17-22-40-30/"));
  }

  @Test
  void itemWithOtherToolsAttributes_butNoState_countsAsProcessed() {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        "RunId", AttributeValue.fromS("enriched/good/run=2017-07-17-22-40-30/"),
                        "AddedAt", AttributeValue.fromN("1500331230"),
                        "AddedBy", AttributeValue.fromS("snowplow-snowflake-transformer-0.3.1"),
                        "ToSkip", AttributeValue.fromBool(false))));

    assertEquals(Optional.empty(), manifest.tryLease(SDK_RUN, "furrow-1", LEASE));
    assertEquals(RunState.PROCESSED, manifest.get(SDK_RUN).orElseThrow().state());
  }

  @Test
  void runProcessedByFurrow_isFoundByTheSdksContains_underTheFolderPrefixKey() {
    Lease lease = manifest.tryLease(NEW_RUN, "furrow-1", LEASE).orElseThrow();
    manifest.markProcessed(lease, new RunStats(3, 3, 0, 0, Map.of("page_views", 2L)));

    Map<String, AttributeValue> item = item("enriched/good/run=2017-07-18-01-00-00/");
    assertEquals("processed", item.get("State").s());
    assertEquals("enriched/good/run=2017-07-18-01-00-00/", manifest.keyOf(NEW_RUN));
  }

  @Test
  void itemsOfOtherFolders_areNeitherListedNorTouched() {
    sdkAdd("enriched/archive/run=2017-07-17-22-40-30/");
    sdkAdd("enriched/good/run=2017-07-17-22-40-30/nested/");
    sdkAdd("enriched/good/run=2017-07-17-22-40-30");
    sdkAdd("enriched/good/run=2017-07-17-22-40-30/");

    List<RunRecord> records = manifest.list();

    assertEquals(List.of(SDK_RUN), records.stream().map(RunRecord::runId).toList());
    assertTrue(manifest.tryLease(NEW_RUN, "furrow-1", LEASE).isPresent());
    assertFalse(item("enriched/archive/run=2017-07-17-22-40-30/").containsKey("State"));
  }

  @Test
  void manifestForTheBucketRoot_usesTheRunFolderNameWithASlashAsKey() {
    DynamoDbRunManifest root = new DynamoDbRunManifest(dynamo, table, "");
    sdkAdd("run=2017-07-17-22-40-30/");
    sdkAdd("enriched/good/run=2017-07-19-00-00-00/");

    assertEquals(Optional.empty(), root.tryLease(SDK_RUN, "furrow-1", LEASE));
    assertEquals(List.of(SDK_RUN), root.list().stream().map(RunRecord::runId).toList());
    assertEquals("run=2017-07-18-01-00-00/", root.keyOf(NEW_RUN));
  }

  /** What the SDK's {@code add_to_manifest} / {@code addToManifests} writes. */
  private void sdkAdd(String runId) {
    dynamo.putItem(b -> b.tableName(table).item(Map.of("RunId", AttributeValue.fromS(runId))));
  }

  private Map<String, AttributeValue> item(String runId) {
    return dynamo
        .getItem(
            b ->
                b.tableName(table)
                    .key(Map.of("RunId", AttributeValue.fromS(runId)))
                    .consistentRead(true))
        .item();
  }
}
