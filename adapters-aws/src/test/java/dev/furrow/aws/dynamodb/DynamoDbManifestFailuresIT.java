package dev.furrow.aws.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsRequestException;
import dev.furrow.aws.AwsServersExtension;
import dev.furrow.aws.AwsSettings;
import dev.furrow.aws.RetrySettings;
import dev.furrow.aws.TestServers;
import dev.furrow.aws.dynamodb.FaultProxy.Fault;
import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.LeaseLostException;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.run.RunStats;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * How the DynamoDB manifest behaves when the service misbehaves: throttling and lost answers are
 * retried (through a fault-injecting proxy in front of dynalite), permanent errors name the table.
 */
@ExtendWith(AwsServersExtension.class)
class DynamoDbManifestFailuresIT {

  private static final RunId RUN = RunId.of("run=2024-05-01-10-00-00");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final RunStats STATS = new RunStats(2, 2, 0, 0, Map.of());

  /** Four tries with millisecond pauses, so retry tests stay fast. */
  private static final RetrySettings QUICK =
      new RetrySettings(
          4,
          Duration.ofMillis(5),
          Duration.ofMillis(5),
          Duration.ofMillis(50),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30));

  private FaultProxy proxy;
  private DynamoDbClient dynamo;
  private String table;
  private DynamoDbRunManifest manifest;

  @BeforeEach
  void proxiedManifest() throws Exception {
    proxy = new FaultProxy(TestServers.dynamoDbEndpoint());
    AwsSettings settings =
        TestServers.dynamoDbSettings().withDynamoDbEndpoint(proxy.endpoint()).withRetry(QUICK);
    dynamo = AwsClients.dynamoDb(settings);
    table = DynamoDbRunManifestIT.freshTable();
    manifest = new DynamoDbRunManifest(dynamo, table, "enriched/good/");
    manifest.createTableIfMissing();
  }

  @AfterEach
  void close() {
    dynamo.close();
    proxy.close();
  }

  @Test
  void throttledRequests_areRetriedWithBackoff_untilOnePasses() {
    int before = proxy.requests();
    proxy.inject(Fault.THROTTLE, 3);

    Optional<Lease> lease = manifest.tryLease(RUN, "owner-1", LEASE);

    assertTrue(lease.isPresent());
    assertEquals(4, proxy.requests() - before, "three throttled tries, then the one that passed");
    assertEquals(RunState.PROCESSING, manifest.get(RUN).orElseThrow().state());
  }

  @Test
  void throttlingThatOutlastsTheRetries_failsNamingTheTable_andLeasesNothing() {
    proxy.inject(Fault.THROTTLE, 4);

    AwsRequestException e =
        assertThrows(AwsRequestException.class, () -> manifest.tryLease(RUN, "owner-1", LEASE));

    assertTrue(e.getMessage().contains("'" + table + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("ThrottlingException"), e.getMessage());
    assertEquals(Optional.empty(), manifest.get(RUN));
  }

  @Test
  void leaseWhoseAnswerWasLost_isRecognisedOnRetry_asTheCallersOwnLease() {
    proxy.inject(Fault.LOSE_ANSWER, 1);

    Lease lease = manifest.tryLease(RUN, "owner-1", LEASE).orElseThrow();

    RunRecord record = manifest.get(RUN).orElseThrow();
    assertEquals(Optional.of("owner-1"), record.owner());
    assertEquals(1, record.attempts());
    manifest.markProcessed(lease, STATS);
    assertEquals(RunState.PROCESSED, manifest.get(RUN).orElseThrow().state());
  }

  @Test
  void finishWhoseAnswerWasLost_isRecognisedOnRetry_andNotReportedAsALostLease() {
    Lease lease = manifest.tryLease(RUN, "owner-1", LEASE).orElseThrow();
    proxy.inject(Fault.LOSE_ANSWER, 1);

    manifest.markProcessed(lease, STATS);

    assertEquals(Optional.of(STATS), manifest.get(RUN).orElseThrow().stats());
    assertThrows(LeaseLostException.class, () -> manifest.markProcessed(lease, STATS));
  }

  @Test
  void missingTable_failsWithAMessageNamingTheTable() {
    DynamoDbRunManifest missing =
        new DynamoDbRunManifest(dynamo, "furrow-no-such-table", "enriched/good/");

    AwsRequestException get = assertThrows(AwsRequestException.class, () -> missing.get(RUN));
    AwsRequestException lease =
        assertThrows(AwsRequestException.class, () -> missing.tryLease(RUN, "o", LEASE));
    AwsRequestException list = assertThrows(AwsRequestException.class, missing::list);

    for (AwsRequestException e : new AwsRequestException[] {get, lease, list}) {
      assertTrue(e.getMessage().contains("'furrow-no-such-table' does not exist"), e.getMessage());
    }
  }

  @Test
  void unreachableEndpoint_failsAfterTheRetries_namingTheTable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    AwsSettings settings =
        TestServers.dynamoDbSettings()
            .withDynamoDbEndpoint(URI.create("http://127.0.0.1:" + closedPort))
            .withRetry(QUICK);
    try (DynamoDbClient unreachable = AwsClients.dynamoDb(settings)) {
      DynamoDbRunManifest offline = new DynamoDbRunManifest(unreachable, table, "enriched/good/");

      AwsRequestException e =
          assertThrows(AwsRequestException.class, () -> offline.tryLease(RUN, "owner-1", LEASE));

      assertTrue(e.getMessage().startsWith("Cannot lease run " + RUN), e.getMessage());
      assertTrue(e.getMessage().contains("'" + table + "'"), e.getMessage());
      assertTrue(e.getMessage().contains("Connection refused"), e.getMessage());
    }
  }

  @Test
  void accessDenied_failsAtOnce_namingTheTableAndThePermissionsNeeded() {
    int before = proxy.requests();
    proxy.inject(Fault.DENY, 1);

    AwsRequestException e =
        assertThrows(AwsRequestException.class, () -> manifest.tryLease(RUN, "owner-1", LEASE));

    assertEquals(1, proxy.requests() - before, "not retried");
    assertTrue(e.getMessage().contains("'" + table + "' denied"), e.getMessage());
    assertTrue(e.getMessage().contains("dynamodb:UpdateItem"), e.getMessage());
  }

  @Test
  void createTable_onATableWithAnotherKey_failsNamingIt() {
    String other = DynamoDbRunManifestIT.freshTable();
    dynamo.createTable(
        b ->
            b.tableName(other)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("ItemId")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder()
                        .attributeName("ItemId")
                        .keyType(KeyType.HASH)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST));

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new DynamoDbRunManifest(dynamo, other, "").createTableIfMissing());
    assertTrue(e.getMessage().contains("'" + other + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("single hash key RunId"), e.getMessage());
  }

  @Test
  void createTable_onTheExistingTable_isANoOp_andKeepsItsItems() {
    Lease lease = manifest.tryLease(RUN, "owner-1", LEASE).orElseThrow();

    manifest.createTableIfMissing();

    assertEquals(Optional.of(lease.owner()), manifest.get(RUN).orElseThrow().owner());
  }

  @Test
  void itemFurrowCannotRead_failsNamingTableAndKey_insteadOfCountingAsNew() {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        "RunId", AttributeValue.fromS("enriched/good/" + RUN + "/"),
                        "State", AttributeValue.fromS("half-done"))));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> manifest.get(RUN));

    assertTrue(e.getMessage().contains("'" + table + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("'enriched/good/" + RUN + "/'"), e.getMessage());
    assertTrue(e.getMessage().contains("half-done"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> manifest.tryLease(RUN, "owner-1", LEASE));
  }

  @Test
  void emptyError_andEmptyModelCounts_roundTrip() {
    Lease failed = manifest.tryLease(RUN, "owner-1", LEASE).orElseThrow();
    manifest.markFailed(failed, "");
    assertEquals(Optional.of(""), manifest.get(RUN).orElseThrow().error());

    Lease processed = manifest.tryLease(RUN, "owner-1", LEASE).orElseThrow();
    manifest.markProcessed(processed, STATS);
    assertEquals(Optional.of(STATS), manifest.get(RUN).orElseThrow().stats());
  }

  @Test
  void veryLongError_isCut_soTheItemStaysWithinDynamoDbLimits() {
    Lease lease = manifest.tryLease(RUN, "owner-1", LEASE).orElseThrow();
    String error = "x".repeat(300_000);

    manifest.markFailed(lease, error);

    String stored = manifest.get(RUN).orElseThrow().error().orElseThrow();
    assertTrue(stored.startsWith("x".repeat(ManifestWrites.MAX_ERROR_CHARS)));
    assertTrue(stored.endsWith("[cut, 300000 characters in all]"), stored.substring(16_000));
  }
}
