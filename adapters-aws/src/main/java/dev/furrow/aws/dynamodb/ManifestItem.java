package dev.furrow.aws.dynamodb;

import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.run.RunStats;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item layout of the run manifest table and its decoding into a {@link RunRecord}.
 *
 * <p>Layout: hash key {@code RunId} (S), as in the Snowplow SDK's table; Furrow adds {@code State}
 * (S: {@code processing}, {@code processed}, {@code failed}), {@code Owner} (S), {@code LeaseToken}
 * (N), {@code LeaseExpiry} (N, processing only), {@code StartedAt} and {@code EndedAt} (N), {@code
 * Attempts} (N), for a processed run {@code Lines}, {@code Events}, {@code BadLines}, {@code
 * DuplicatesDropped} (N) and {@code RowsByModel} (M of N, absent when empty), for a failed run
 * {@code Error} (S), and {@code WriteId} (S, the id of the last write, to recognise one's own
 * retried write). Times are epoch milliseconds (UTC).
 *
 * <p>An item without {@code State} was written by the SDK (or another tool keyed the same way) and
 * counts as processed: it is never leased.
 */
record ManifestItem(RunRecord record, long leaseToken, Optional<String> writeId) {

  static final String RUN_ID = "RunId";
  static final String STATE = "State";
  static final String OWNER = "Owner";
  static final String LEASE_TOKEN = "LeaseToken";
  static final String LEASE_EXPIRY = "LeaseExpiry";
  static final String STARTED_AT = "StartedAt";
  static final String ENDED_AT = "EndedAt";
  static final String ATTEMPTS = "Attempts";
  static final String LINES = "Lines";
  static final String EVENTS = "Events";
  static final String BAD_LINES = "BadLines";
  static final String DUPLICATES_DROPPED = "DuplicatesDropped";
  static final String ROWS_BY_MODEL = "RowsByModel";
  static final String ERROR = "Error";
  static final String WRITE_ID = "WriteId";

  /** The counts of a processed run. */
  static final List<String> COUNTS = List.of(LINES, EVENTS, BAD_LINES, DUPLICATES_DROPPED);

  static String stateName(RunState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static AttributeValue rows(Map<String, Long> rowsByModel) {
    Map<String, AttributeValue> map = new HashMap<>();
    rowsByModel.forEach((model, rows) -> map.put(model, n(rows)));
    return AttributeValue.fromM(map);
  }

  /**
   * Decodes an item of run {@code runId}; fails with {@link IllegalArgumentException} naming the
   * attribute when the item cannot be Furrow's.
   */
  static ManifestItem decode(RunId runId, Map<String, AttributeValue> item) {
    Optional<String> stateText = string(item, STATE);
    if (stateText.isEmpty()) {
      RunRecord sdk =
          new RunRecord(
              runId,
              RunState.PROCESSED,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              0);
      return new ManifestItem(sdk, 0, Optional.empty());
    }
    RunState state = state(stateText.get());
    Optional<RunStats> stats =
        state == RunState.PROCESSED && item.containsKey(LINES)
            ? Optional.of(
                new RunStats(
                    number(item, LINES).orElseThrow(),
                    number(item, EVENTS).orElse(0L),
                    number(item, BAD_LINES).orElse(0L),
                    number(item, DUPLICATES_DROPPED).orElse(0L),
                    rowsByModel(item)))
            : Optional.empty();
    RunRecord record =
        new RunRecord(
            runId,
            state,
            string(item, OWNER),
            time(item, STARTED_AT),
            time(item, ENDED_AT),
            state == RunState.PROCESSING ? time(item, LEASE_EXPIRY) : Optional.empty(),
            stats,
            state == RunState.FAILED ? string(item, ERROR) : Optional.empty(),
            Math.toIntExact(number(item, ATTEMPTS).orElse(0L)));
    return new ManifestItem(record, number(item, LEASE_TOKEN).orElse(0L), string(item, WRITE_ID));
  }

  private static RunState state(String text) {
    for (RunState state : RunState.values()) {
      if (stateName(state).equals(text)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown " + STATE + " '" + text + "'");
  }

  private static Optional<String> string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.s() == null) {
      throw new IllegalArgumentException(name + " is not a string: " + value);
    }
    return Optional.of(value.s());
  }

  private static Optional<Long> number(Map<String, AttributeValue> item, String name) {
    return Optional.ofNullable(item.get(name)).map(value -> toLong(name, value));
  }

  private static Optional<Instant> time(Map<String, AttributeValue> item, String name) {
    return number(item, name).map(Instant::ofEpochMilli);
  }

  private static Map<String, Long> rowsByModel(Map<String, AttributeValue> item) {
    AttributeValue value = item.get(ROWS_BY_MODEL);
    if (value == null) {
      return Map.of();
    }
    if (!value.hasM()) {
      throw new IllegalArgumentException(ROWS_BY_MODEL + " is not a map: " + value);
    }
    Map<String, Long> rows = new HashMap<>();
    value
        .m()
        .forEach((model, count) -> rows.put(model, toLong(ROWS_BY_MODEL + "." + model, count)));
    return rows;
  }

  private static long toLong(String name, AttributeValue value) {
    if (value.n() == null) {
      throw new IllegalArgumentException(name + " is not a number: " + value);
    }
    try {
      return new BigDecimal(value.n()).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(name + " is not a whole number: " + value.n(), e);
    }
  }
}
