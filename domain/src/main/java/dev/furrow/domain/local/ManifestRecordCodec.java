package dev.furrow.domain.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.run.RunStats;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON form of one run in a {@link LocalRunManifest}: a small, human-readable object.
 *
 * <pre>{@code
 * {"format":1,"runId":"run=2024-05-01-10-00-00","state":"processed","owner":"host:123",
 *  "startedAt":"...","endedAt":"...","leaseExpiry":null,"leaseToken":2,"attempts":2,
 *  "stats":{"lines":10,"events":9,"badLines":1,"duplicatesDropped":0,"rowsByModel":{"m":3}},
 *  "error":null}
 * }</pre>
 *
 * Decoding is strict: anything unexpected fails with {@link IllegalArgumentException} saying why.
 */
final class ManifestRecordCodec {

  static final int FORMAT = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestRecordCodec() {}

  static byte[] encode(ManifestEntry entry) {
    RunRecord r = entry.record();
    ObjectNode node = JSON.createObjectNode();
    node.put("format", FORMAT);
    node.put("runId", r.runId().value());
    node.put("state", r.state().name().toLowerCase(Locale.ROOT));
    node.put("owner", r.owner().orElse(null));
    node.put("startedAt", r.startedAt().map(Instant::toString).orElse(null));
    node.put("endedAt", r.endedAt().map(Instant::toString).orElse(null));
    node.put("leaseExpiry", r.leaseExpiry().map(Instant::toString).orElse(null));
    node.put("leaseToken", entry.leaseToken());
    node.put("attempts", r.attempts());
    if (r.stats().isPresent()) {
      RunStats s = r.stats().get();
      ObjectNode stats = node.putObject("stats");
      stats.put("lines", s.lines());
      stats.put("events", s.events());
      stats.put("badLines", s.badLines());
      stats.put("duplicatesDropped", s.duplicatesDropped());
      ObjectNode rows = stats.putObject("rowsByModel");
      new TreeMap<>(s.rowsByModel()).forEach(rows::put);
    } else {
      node.putNull("stats");
    }
    node.put("error", r.error().orElse(null));
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode run record " + r.runId(), e);
    }
  }

  /** Decodes a record, checking that it is the record of {@code expected}. */
  static ManifestEntry decode(byte[] bytes, RunId expected) {
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new IllegalArgumentException("not readable JSON (" + e.getMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    long format = integer(node, "format");
    if (format != FORMAT) {
      throw new IllegalArgumentException("unsupported format " + format);
    }
    String runId = requiredText(node, "runId");
    if (!runId.equals(expected.value())) {
      throw new IllegalArgumentException("holds run '" + runId + "' instead of '" + expected + "'");
    }
    RunRecord record =
        new RunRecord(
            expected,
            state(requiredText(node, "state")),
            text(node, "owner"),
            instant(node, "startedAt"),
            instant(node, "endedAt"),
            instant(node, "leaseExpiry"),
            stats(node.get("stats")),
            text(node, "error"),
            Math.toIntExact(integer(node, "attempts")));
    return new ManifestEntry(record, integer(node, "leaseToken"));
  }

  private static RunState state(String text) {
    for (RunState state : RunState.values()) {
      if (state.name().toLowerCase(Locale.ROOT).equals(text)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown state '" + text + "'");
  }

  private static Optional<RunStats> stats(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("'stats' is not an object");
    }
    JsonNode rows = node.get("rowsByModel");
    if (rows == null || !rows.isObject()) {
      throw new IllegalArgumentException("'stats.rowsByModel' is missing or not an object");
    }
    Map<String, Long> rowsByModel = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : rows.properties()) {
      if (!e.getValue().canConvertToLong() || !e.getValue().isIntegralNumber()) {
        throw new IllegalArgumentException("'stats.rowsByModel." + e.getKey() + "' is no integer");
      }
      rowsByModel.put(e.getKey(), e.getValue().longValue());
    }
    return Optional.of(
        new RunStats(
            integer(node, "lines"),
            integer(node, "events"),
            integer(node, "badLines"),
            integer(node, "duplicatesDropped"),
            rowsByModel));
  }

  private static long integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("'" + name + "' is missing or not an integer");
    }
    return value.longValue();
  }

  private static String requiredText(JsonNode node, String name) {
    return text(node, name)
        .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is missing"));
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + name + "' is not a string");
    }
    return Optional.of(value.textValue());
  }

  private static Optional<Instant> instant(JsonNode node, String name) {
    try {
      return text(node, name).map(Instant::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + name + "' is not an ISO-8601 instant");
    }
  }
}
