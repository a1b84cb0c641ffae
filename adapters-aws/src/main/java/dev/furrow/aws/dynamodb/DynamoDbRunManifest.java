package dev.furrow.aws.dynamodb;

import static dev.furrow.aws.dynamodb.ManifestItem.RUN_ID;
import static dev.furrow.aws.dynamodb.ManifestItem.s;

import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.LeaseLostException;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunManifest;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Adapter: the run manifest in a DynamoDB table whose layout is compatible with the Snowplow
 * Analytics SDK's run manifest (hash key {@code RunId}, type S, holding the run folder's S3 prefix
 * such as {@code enriched/good/run=2017-07-17-22-40-30/}); see {@link ManifestItem} for the
 * attributes Furrow adds.
 *
 * <p>Same semantics as the local manifests. Every state change is one UpdateItem whose condition is
 * the rule itself (the run is new, failed, or processing under a lease whose expiry has been
 * reached; finishing needs state processing with the lease's owner and token), so DynamoDB decides
 * each race atomically and two processes can never both lease a run. Lease tokens count up per run
 * (fencing tokens). An item written by the SDK (only {@code RunId}) counts as processed and is
 * never leased or changed. Reads are strongly consistent.
 *
 * <p>Lease expiry is judged by the clock of the process that wants to take a run over: keep the
 * lease time far above the clock skew between the machines.
 *
 * <p>A write whose answer was lost is retried by the SDK; if the retry is then refused because the
 * first try had landed, the write is recognised by its {@code WriteId} and counts as done.
 * Permanent errors and errors that outlast the retries surface as {@link
 * dev.furrow.aws.AwsRequestException} naming the table.
 */
public final class DynamoDbRunManifest implements RunManifest {

  private final DynamoDbClient dynamo;
  private final String table;
  private final RunKeys keys;
  private final Clock clock;

  /**
   * A manifest in {@code table}, whose runs are the run folders under {@code runKeyPrefix}: the
   * source root's key prefix without the bucket, ending in {@code /} (empty for the bucket root).
   */
  public DynamoDbRunManifest(DynamoDbClient dynamo, String table, String runKeyPrefix) {
    this(dynamo, table, runKeyPrefix, Clock.systemUTC());
  }

  public DynamoDbRunManifest(
      DynamoDbClient dynamo, String table, String runKeyPrefix, Clock clock) {
    this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
    this.table = Objects.requireNonNull(table, "table");
    if (table.isBlank()) {
      throw new IllegalArgumentException("DynamoDB table name must not be blank");
    }
    this.keys = new RunKeys(runKeyPrefix);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public String table() {
    return table;
  }

  /** The table's {@code RunId} key for {@code runId}. */
  public String keyOf(RunId runId) {
    return keys.keyOf(runId);
  }

  /**
   * Creates the table (on-demand billing) unless it exists, and waits until it is active. Fails
   * when a table of that name exists with another key. Safe when several processes do it at once.
   */
  public void createTableIfMissing() {
    ManifestTable.createIfMissing(dynamo, table);
  }

  @Override
  public Optional<Lease> tryLease(RunId runId, String owner, Duration leaseTime) {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(leaseTime, "leaseTime");
    if (owner.isBlank()) {
      throw new IllegalArgumentException("Lease owner must not be blank");
    }
    if (leaseTime.isNegative() || leaseTime.isZero()) {
      throw new IllegalArgumentException("Lease time must be positive: " + leaseTime);
    }
    Instant now = now();
    Instant expiry = now.plus(leaseTime).truncatedTo(ChronoUnit.MILLIS);
    String writeId = UUID.randomUUID().toString();
    try {
      UpdateItemResponse response =
          call(
              "lease run " + runId,
              () ->
                  dynamo.updateItem(
                      ManifestWrites.lease(table, key(runId), owner, now, expiry, writeId)));
      long token = Long.parseLong(response.attributes().get(ManifestItem.LEASE_TOKEN).n());
      return Optional.of(new Lease(runId, owner, expiry, token));
    } catch (ConditionalCheckFailedException e) {
      return read(runId)
          .filter(item -> item.writeId().filter(writeId::equals).isPresent())
          .map(item -> new Lease(runId, owner, expiry, item.leaseToken()));
    }
  }

  @Override
  public void markProcessed(Lease lease, RunStats stats) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(stats, "stats");
    finish(
        lease,
        "mark run " + lease.runId() + " processed",
        (now, writeId) ->
            ManifestWrites.processed(table, key(lease.runId()), lease, stats, now, writeId));
  }

  @Override
  public void markFailed(Lease lease, String error) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(error, "error");
    finish(
        lease,
        "mark run " + lease.runId() + " failed",
        (now, writeId) ->
            ManifestWrites.failed(table, key(lease.runId()), lease, error, now, writeId));
  }

  @Override
  public Optional<RunRecord> get(RunId runId) {
    Objects.requireNonNull(runId, "runId");
    return read(runId).map(ManifestItem::record);
  }

  /** Every run under this manifest's key prefix (items of other folders are not listed). */
  @Override
  public List<RunRecord> list() {
    Expression x = new Expression();
    ScanRequest.Builder request = ScanRequest.builder().tableName(table).consistentRead(true);
    if (!keys.prefix().isEmpty()) {
      request
          .filterExpression(
              "begins_with(" + x.name(RUN_ID) + ", " + x.value("prefix", s(keys.prefix())) + ")")
          .expressionAttributeNames(x.names())
          .expressionAttributeValues(x.values());
    }
    List<RunRecord> records = new ArrayList<>();
    call(
        "list the runs",
        () -> {
          for (ScanResponse page : dynamo.scanPaginator(request.build())) {
            for (Map<String, AttributeValue> item : page.items()) {
              AttributeValue key = item.get(RUN_ID);
              if (key != null && key.s() != null) {
                keys.runIdOf(key.s()).ifPresent(id -> records.add(decode(id, item)));
              }
            }
          }
          return null;
        });
    records.sort(Comparator.comparing(RunRecord::runId));
    return List.copyOf(records);
  }

  @Override
  public String toString() {
    return "DynamoDbRunManifest[" + table + ", " + keys.prefix() + "]";
  }

  /** Runs a finishing write; a refused write is a lost lease unless it was our own retry. */
  private void finish(
      Lease lease, String action, BiFunction<Instant, String, UpdateItemRequest> write) {
    String writeId = UUID.randomUUID().toString();
    UpdateItemRequest request = write.apply(now(), writeId);
    try {
      call(action, () -> dynamo.updateItem(request));
    } catch (ConditionalCheckFailedException e) {
      boolean ownWriteLanded =
          read(lease.runId()).flatMap(ManifestItem::writeId).filter(writeId::equals).isPresent();
      if (!ownWriteLanded) {
        throw new LeaseLostException(lease.runId(), lease.owner());
      }
    }
  }

  private Optional<ManifestItem> read(RunId runId) {
    Map<String, AttributeValue> item =
        call(
                "read run " + runId,
                () -> dynamo.getItem(b -> b.tableName(table).key(key(runId)).consistentRead(true)))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(decodeItem(runId, item));
  }

  private RunRecord decode(RunId runId, Map<String, AttributeValue> item) {
    return decodeItem(runId, item).record();
  }

  private ManifestItem decodeItem(RunId runId, Map<String, AttributeValue> item) {
    try {
      return ManifestItem.decode(runId, item);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalStateException(
          "DynamoDB run manifest table '"
              + table
              + "' holds an item for RunId '"
              + keys.keyOf(runId)
              + "' that Furrow cannot read: "
              + e.getMessage()
              + ". Repair or delete the item (deleting makes the run new again).",
          e);
    }
  }

  /** Runs a request; conditional-check failures pass through, other SDK errors are explained. */
  private <T> T call(String action, Supplier<T> request) {
    try {
      return request.get();
    } catch (ConditionalCheckFailedException e) {
      throw e;
    } catch (SdkException e) {
      throw DynamoDbFailures.translate(e, table, action);
    }
  }

  private Map<String, AttributeValue> key(RunId runId) {
    return Map.of(RUN_ID, s(keys.keyOf(runId)));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
