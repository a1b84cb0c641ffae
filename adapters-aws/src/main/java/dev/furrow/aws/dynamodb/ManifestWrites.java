package dev.furrow.aws.dynamodb;

import static dev.furrow.aws.dynamodb.ManifestItem.ATTEMPTS;
import static dev.furrow.aws.dynamodb.ManifestItem.BAD_LINES;
import static dev.furrow.aws.dynamodb.ManifestItem.COUNTS;
import static dev.furrow.aws.dynamodb.ManifestItem.DUPLICATES_DROPPED;
import static dev.furrow.aws.dynamodb.ManifestItem.ENDED_AT;
import static dev.furrow.aws.dynamodb.ManifestItem.ERROR;
import static dev.furrow.aws.dynamodb.ManifestItem.EVENTS;
import static dev.furrow.aws.dynamodb.ManifestItem.LEASE_EXPIRY;
import static dev.furrow.aws.dynamodb.ManifestItem.LEASE_TOKEN;
import static dev.furrow.aws.dynamodb.ManifestItem.LINES;
import static dev.furrow.aws.dynamodb.ManifestItem.OWNER;
import static dev.furrow.aws.dynamodb.ManifestItem.ROWS_BY_MODEL;
import static dev.furrow.aws.dynamodb.ManifestItem.RUN_ID;
import static dev.furrow.aws.dynamodb.ManifestItem.STARTED_AT;
import static dev.furrow.aws.dynamodb.ManifestItem.STATE;
import static dev.furrow.aws.dynamodb.ManifestItem.WRITE_ID;
import static dev.furrow.aws.dynamodb.ManifestItem.n;
import static dev.furrow.aws.dynamodb.ManifestItem.s;
import static dev.furrow.aws.dynamodb.ManifestItem.stateName;

import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.run.RunStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The three conditional UpdateItems that change a run's state. Each condition is the manifest's
 * rule itself, so DynamoDB applies the rule and the change in one atomic step:
 *
 * <ul>
 *   <li>lease: the item is absent, {@code failed}, or {@code processing} with {@code LeaseExpiry <=
 *       now}; attempts and token count up; the outcome of an earlier attempt is removed.
 *   <li>processed / failed: the item is {@code processing} under the lease's owner and token.
 * </ul>
 *
 * <p>Every write sets {@code WriteId}, so its writer can recognise it after a retry.
 */
final class ManifestWrites {

  /** Errors longer than this are cut, so an item stays far below DynamoDB's 400 KB limit. */
  static final int MAX_ERROR_CHARS = 16_000;

  private ManifestWrites() {}

  /** The lease write; answers with the new {@code LeaseToken} (and the other updated values). */
  static UpdateItemRequest lease(
      String table,
      Map<String, AttributeValue> key,
      String owner,
      Instant now,
      Instant expiry,
      String writeId) {
    Expression x = new Expression();
    String processing = x.value("processing", s(stateName(RunState.PROCESSING)));
    String nowValue = x.value("now", n(now.toEpochMilli()));
    String one = x.value("one", n(1));
    String zero = x.value("zero", n(0));
    List<String> set =
        List.of(
            x.name(STATE) + " = " + processing,
            x.name(OWNER) + " = " + x.value("owner", s(owner)),
            x.name(LEASE_EXPIRY) + " = " + x.value("expiry", n(expiry.toEpochMilli())),
            x.name(STARTED_AT) + " = " + nowValue,
            x.name(WRITE_ID) + " = " + x.value("write", s(writeId)),
            increment(x, ATTEMPTS, zero, one),
            increment(x, LEASE_TOKEN, zero, one));
    List<String> remove = names(x, ENDED_AT, ERROR, ROWS_BY_MODEL);
    remove.addAll(names(x, COUNTS.toArray(String[]::new)));
    String condition =
        String.format(
            "attribute_not_exists(%s) OR %s = %s OR (%s = %s AND %s <= %s)",
            x.name(RUN_ID),
            x.name(STATE),
            x.value("failed", s(stateName(RunState.FAILED))),
            x.name(STATE),
            processing,
            x.name(LEASE_EXPIRY),
            nowValue);
    return request(table, key, x, set, remove, condition).toBuilder()
        .returnValues(ReturnValue.UPDATED_NEW)
        .build();
  }

  static UpdateItemRequest processed(
      String table,
      Map<String, AttributeValue> key,
      Lease lease,
      RunStats stats,
      Instant now,
      String writeId) {
    Expression x = new Expression();
    List<String> set = new ArrayList<>();
    set.add(x.name(STATE) + " = " + x.value("processed", s(stateName(RunState.PROCESSED))));
    set.add(x.name(LINES) + " = " + x.value("lines", n(stats.lines())));
    set.add(x.name(EVENTS) + " = " + x.value("events", n(stats.events())));
    set.add(x.name(BAD_LINES) + " = " + x.value("bad", n(stats.badLines())));
    set.add(x.name(DUPLICATES_DROPPED) + " = " + x.value("dups", n(stats.duplicatesDropped())));
    List<String> remove = names(x, LEASE_EXPIRY, ERROR);
    if (stats.rowsByModel().isEmpty()) {
      remove.add(x.name(ROWS_BY_MODEL));
    } else {
      set.add(
          x.name(ROWS_BY_MODEL) + " = " + x.value("rows", ManifestItem.rows(stats.rowsByModel())));
    }
    return finish(table, key, lease, now, writeId, x, set, remove);
  }

  static UpdateItemRequest failed(
      String table,
      Map<String, AttributeValue> key,
      Lease lease,
      String error,
      Instant now,
      String writeId) {
    Expression x = new Expression();
    List<String> set = new ArrayList<>();
    set.add(x.name(STATE) + " = " + x.value("failedState", s(stateName(RunState.FAILED))));
    set.add(x.name(ERROR) + " = " + x.value("error", s(truncate(error))));
    List<String> remove = names(x, LEASE_EXPIRY, ROWS_BY_MODEL);
    remove.addAll(names(x, COUNTS.toArray(String[]::new)));
    return finish(table, key, lease, now, writeId, x, set, remove);
  }

  /** {@code error}, cut after {@link #MAX_ERROR_CHARS} characters (never inside a pair). */
  static String truncate(String error) {
    if (error.length() <= MAX_ERROR_CHARS) {
      return error;
    }
    int end =
        Character.isHighSurrogate(error.charAt(MAX_ERROR_CHARS - 1))
            ? MAX_ERROR_CHARS - 1
            : MAX_ERROR_CHARS;
    return error.substring(0, end) + "... [cut, " + error.length() + " characters in all]";
  }

  private static UpdateItemRequest finish(
      String table,
      Map<String, AttributeValue> key,
      Lease lease,
      Instant now,
      String writeId,
      Expression x,
      List<String> set,
      List<String> remove) {
    set.add(x.name(ENDED_AT) + " = " + x.value("now", n(now.toEpochMilli())));
    set.add(x.name(WRITE_ID) + " = " + x.value("write", s(writeId)));
    String condition =
        String.format(
            "%s = %s AND %s = %s AND %s = %s",
            x.name(STATE),
            x.value("processing", s(stateName(RunState.PROCESSING))),
            x.name(LEASE_TOKEN),
            x.value("token", n(lease.token())),
            x.name(OWNER),
            x.value("owner", s(lease.owner())));
    return request(table, key, x, set, remove, condition);
  }

  private static UpdateItemRequest request(
      String table,
      Map<String, AttributeValue> key,
      Expression x,
      List<String> set,
      List<String> remove,
      String condition) {
    return UpdateItemRequest.builder()
        .tableName(table)
        .key(key)
        .updateExpression("SET " + String.join(", ", set) + " REMOVE " + String.join(", ", remove))
        .conditionExpression(condition)
        .expressionAttributeNames(x.names())
        .expressionAttributeValues(x.values())
        .build();
  }

  private static String increment(Expression x, String attribute, String zero, String one) {
    String name = x.name(attribute);
    return name + " = if_not_exists(" + name + ", " + zero + ") + " + one;
  }

  private static List<String> names(Expression x, String... attributes) {
    List<String> names = new ArrayList<>();
    for (String attribute : attributes) {
      names.add(x.name(attribute));
    }
    return names;
  }
}
