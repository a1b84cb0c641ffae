package dev.furrow.domain.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.domain.json.EventJson;
import dev.furrow.domain.json.JsonOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark: cost per line of scanning, parsing, validating and rendering enriched events.
 *
 * <p>Lines: 1,000 variants of the Scala SDK page-view conformance vector (three contexts, one
 * unstruct event) with varied ids, timestamps, URLs, countries and numbers. One operation handles
 * one line.
 *
 * <p>Run from the repository root (the {@code jmh} profile of the domain module):
 *
 * <pre>
 * mvn -q -Pjmh -pl domain test-compile exec:exec -Djmh.args="EventParserBenchmark -f 1 -wi 3 -i 5"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventParserBenchmark {

  private static final int LINES = 1_000;
  private static final String[] COUNTRIES = {"US", "FR", "DE", "GB", "JP", "BR", "", "IN"};
  private static final DateTimeFormatter TSV_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final EventParser validating = EventParser.validating();
  private final EventParser structural = EventParser.structural();
  private String[] lines;
  private EnrichedEvent[] validated;
  private int next;

  @Setup
  public void setUp() throws IOException {
    String[] template = pageViewVector().split("\t", -1);
    Random random = new Random(2024);
    lines = new String[LINES];
    Instant base = Instant.parse("2024-05-01T00:00:00Z");
    for (int i = 0; i < LINES; i++) {
      String[] fields = template.clone();
      Instant collected = base.plusMillis(random.nextInt(86_400_000));
      fields[Field.APP_ID.index()] = "app-" + random.nextInt(5);
      fields[Field.COLLECTOR_TSTAMP.index()] = TSV_TIME.format(collected);
      fields[Field.ETL_TSTAMP.index()] = TSV_TIME.format(collected.plusSeconds(90));
      fields[Field.DERIVED_TSTAMP.index()] = TSV_TIME.format(collected.minusMillis(350));
      fields[Field.DVCE_CREATED_TSTAMP.index()] = TSV_TIME.format(collected.minusMillis(700));
      fields[Field.EVENT_ID.index()] = new UUID(random.nextLong(), random.nextLong()).toString();
      fields[Field.TXN_ID.index()] = Integer.toString(random.nextInt(1_000_000));
      fields[Field.DOMAIN_USERID.index()] = Long.toHexString(random.nextLong());
      fields[Field.DOMAIN_SESSIONIDX.index()] = Integer.toString(1 + random.nextInt(40));
      fields[Field.GEO_COUNTRY.index()] = COUNTRIES[random.nextInt(COUNTRIES.length)];
      fields[Field.GEO_LATITUDE.index()] = Double.toString(random.nextDouble() * 180 - 90);
      fields[Field.GEO_LONGITUDE.index()] = Double.toString(random.nextDouble() * 360 - 180);
      fields[Field.PAGE_URL.index()] =
          "https://www.example.com/catalogue/item-" + random.nextInt(5_000) + "?ref=home";
      fields[Field.EVENT.index()] = random.nextInt(10) == 0 ? "page_ping" : "page_view";
      lines[i] = String.join("\t", fields);
    }
    validated = new EnrichedEvent[LINES];
    for (int i = 0; i < LINES; i++) {
      validated[i] = validating.parseEvent(lines[i]);
    }
  }

  private String line() {
    String line = lines[next];
    next = next + 1 == LINES ? 0 : next + 1;
    return line;
  }

  /** Baseline: find the TAB offsets of one line, nothing else. */
  @Benchmark
  public int scanTabsOnly() {
    String line = line();
    int[] starts = new int[Field.COUNT + 1];
    int count = 1;
    for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', tab + 1)) {
      if (count < Field.COUNT) {
        starts[count] = tab + 1;
      }
      count++;
    }
    return count + starts[count >> 1];
  }

  /** A page-view model's access: structural parse, then the five fields it reads. */
  @Benchmark
  public void parseAndReadFiveFields(Blackhole blackhole) {
    EnrichedEvent event = (EnrichedEvent) structural.parse(line());
    blackhole.consume(event.event());
    blackhole.consume(event.derivedTstamp());
    blackhole.consume(event.pageUrl());
    blackhole.consume(event.geoCountry());
    blackhole.consume(event.etlTstamp());
  }

  /** Parse with full validation of all 131 fields (JSON fields included). */
  @Benchmark
  public ParsedLine parseAndValidate() {
    return validating.parse(line());
  }

  /** Validating parse, then the SDK 3.2.1 lossy JSON. */
  @Benchmark
  public String parseAndToJsonLossy() {
    return EventJson.toJson((EnrichedEvent) validating.parse(line()), JsonOptions.LOSSY);
  }

  /** Rendering alone: the lossy JSON of an already validated event (JSON trees cached). */
  @Benchmark
  public String toJsonLossyOfValidatedEvent() {
    EnrichedEvent event = validated[next];
    next = next + 1 == LINES ? 0 : next + 1;
    return EventJson.toJson(event, JsonOptions.LOSSY);
  }

  private static String pageViewVector() throws IOException {
    String shared = System.getProperty("furrow.shared.dir", "../shared");
    Path path = Paths.get(shared, "conformance", "event-scala-sdk.jsonl");
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "Missing " + path.toAbsolutePath() + "; set -Dfurrow.shared.dir");
    }
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      JsonNode vector = mapper.readTree(reader.readLine());
      return vector.get("tsv").asText();
    }
  }
}
