package dev.furrow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.app.cli.Cli;
import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsServersExtension;
import dev.furrow.aws.AwsSettings;
import dev.furrow.aws.TestServers;
import dev.furrow.aws.dynamodb.DynamoDbRunManifest;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.sample.EventGenerator;
import dev.furrow.domain.sample.GenerationSummary;
import dev.furrow.domain.sample.GeneratorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole job on AWS protocols: run folders read from an S3 bucket (S3Proxy, listed with the SDK,
 * read by Spark through S3A), the run manifest in DynamoDB (dynalite, table created by Furrow),
 * Parquet to a local directory. In order: the first run, a run with nothing to do, a run marked
 * processed by the Snowplow SDK (an item holding only its RunId) next to a new run, and two job
 * processes started at the same time over the same fresh runs.
 */
@ExtendWith(AwsServersExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunJobAwsEndToEndIT {

  private static final List<String> MODELS = List.of("pageview_geo_summary", "daily_events");
  private static final String PREFIX = "enriched/good/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static SparkSession spark;
  private static AwsSettings aws;
  private static S3Client s3;
  private static DynamoDbClient dynamo;
  private static String bucket;
  private static String table;
  private static final Map<RunId, Path> localRuns = new HashMap<>();
  private static List<RunId> firstRuns;

  @BeforeAll
  static void startServersAndUploadRuns() throws IOException {
    aws = TestServers.awsSettings();
    s3 = AwsClients.s3(aws);
    dynamo = AwsClients.dynamoDb(aws);
    bucket = "furrow-e2e-" + UUID.randomUUID().toString().substring(0, 8);
    table = "furrow-e2e-" + UUID.randomUUID().toString().substring(0, 8);
    s3.createBucket(b -> b.bucket(bucket));
    firstRuns = generateAndUpload("first", GeneratorOptions.ofTotal(2, 1200, 21), PREFIX);

    spark = TestSpark.session();
    // The shared session may predate this class; give its Hadoop configuration the test
    // server's S3A settings (a session Furrow creates itself derives them from furrow.aws).
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    TestServers.sparkS3aConf()
        .forEach((key, value) -> hadoop.set(key.substring("spark.hadoop.".length()), value));
  }

  @AfterAll
  static void closeClients() {
    if (s3 != null) {
      s3.close();
    }
    if (dynamo != null) {
      dynamo.close();
    }
  }

  private static List<RunId> generateAndUpload(String name, GeneratorOptions options, String prefix)
      throws IOException {
    Path local = dir.resolve("local").resolve(name);
    GenerationSummary generated = EventGenerator.generate(local, options);
    S3Runs.upload(s3, local, bucket, prefix);
    List<RunId> ids = new ArrayList<>();
    for (GenerationSummary.RunSummary run : generated.runs()) {
      localRuns.put(run.runId(), local.resolve(run.runId().value()));
      ids.add(run.runId());
    }
    return ids;
  }

  /** The settings every job of this class uses, for a source prefix, table and output. */
  private static List<String> settings(String prefix, String manifestTable, Path out) {
    List<String> sets =
        List.of(
            "furrow.source.path=\"s3a://" + bucket + "/" + prefix + "\"",
            "furrow.aws.region=" + TestServers.REGION,
            "furrow.aws.s3-endpoint=\"" + TestServers.s3Endpoint() + "\"",
            "furrow.aws.dynamodb-endpoint=\"" + TestServers.dynamoDbEndpoint() + "\"",
            "furrow.aws.path-style-access=true",
            "furrow.manifest.type=dynamodb",
            "furrow.manifest.table=" + manifestTable,
            "furrow.manifest.create-table=true",
            "furrow.parquet.path=\"" + out + "\"",
            "furrow.bad-rows.path=\"" + out.resolve("bad") + "\"",
            "furrow.models=[" + String.join(",", MODELS) + "]",
            "furrow.dedup=natural");
    List<String> args = new ArrayList<>();
    for (String set : sets) {
      args.add("--set");
      args.add(set);
    }
    return args;
  }

  private static Cli.Result furrow(String command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(settings(PREFIX, table, dir.resolve("out")));
    return Cli.run(args.toArray(String[]::new));
  }

  private static Map<RunId, RunRecord> manifest(String manifestTable, String prefix) {
    return new DynamoDbRunManifest(dynamo, manifestTable, prefix)
        .list().stream().collect(Collectors.toMap(RunRecord::runId, r -> r));
  }

  private static void assertOutputEqualsInMemory(Path out, RunId run) {
    for (String model : MODELS) {
      List<List<String>> expected = ModelOutputs.expected(model, localRuns.get(run), Dedup.NATURAL);
      assertFalse(expected.isEmpty(), model + " must produce rows for the test to mean much");
      assertEquals(
          expected,
          ModelOutputs.readBySpark(spark, out.resolve(model), model, run),
          model + ", " + run);
    }
  }

  private static Set<String> runDirs(Path out, String model) throws IOException {
    Path modelDir = out.resolve(model);
    if (!Files.isDirectory(modelDir)) {
      return Set.of();
    }
    try (Stream<Path> dirs = Files.list(modelDir)) {
      return dirs.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("run_id="))
          .collect(Collectors.toSet());
    }
  }

  private static String runDir(RunId run) {
    return "run_id=" + run.value().replace("=", "%3D");
  }

  @Test
  @Order(1)
  void firstRun_readsRunsFromS3_recordsThemInDynamoDb_andWritesTheExpectedRows() {
    Cli.Result result = furrow("run");

    assertEquals(0, result.exitCode(), result.toString());
    Map<RunId, RunRecord> records = manifest(table, PREFIX);
    for (RunId run : firstRuns) {
      assertTrue(result.out().contains(run + "  processed"), result.out());
      assertEquals(RunState.PROCESSED, records.get(run).state(), records.toString());
      assertEquals(1, records.get(run).attempts());
      // The key is the run folder's S3 prefix, as the Snowplow SDKs write it.
      Map<String, AttributeValue> item =
          dynamo
              .getItem(
                  b ->
                      b.tableName(table)
                          .key(Map.of("RunId", AttributeValue.fromS(PREFIX + run.value() + "/"))))
              .item();
      assertFalse(item.isEmpty(), "no item keyed " + PREFIX + run.value() + "/");
      assertOutputEqualsInMemory(dir.resolve("out"), run);
    }
  }

  @Test
  @Order(2)
  void secondRun_hasNothingToDo() {
    Cli.Result result = furrow("run");

    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(result.out().contains("Nothing to do"), result.out());
    assertFalse(result.out().contains("started"), result.out());
  }

  @Test
  @Order(3)
  void runRecordedBySnowplowSdk_countsAsProcessed_theOtherNewRunIsProcessed() throws IOException {
    List<RunId> newRuns =
        generateAndUpload(
            "later",
            GeneratorOptions.ofTotal(2, 400, 22)
                .withSchedule(Instant.parse("2024-05-03T10:00:00Z"), Duration.ofHours(1)),
            PREFIX);
    RunId bySdk = newRuns.get(0);
    RunId fresh = newRuns.get(1);
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(Map.of("RunId", AttributeValue.fromS(PREFIX + bySdk.value() + "/"))));

    Cli.Result result = furrow("run");

    assertEquals(0, result.exitCode(), result.toString());
    assertFalse(result.out().contains(bySdk.value()), result.out());
    assertTrue(result.out().contains(fresh + "  processed"), result.out());
    assertFalse(runDirs(dir.resolve("out"), MODELS.get(0)).contains(runDir(bySdk)));
    assertOutputEqualsInMemory(dir.resolve("out"), fresh);
    Map<RunId, RunRecord> records = manifest(table, PREFIX);
    assertEquals(RunState.PROCESSED, records.get(bySdk).state());
    assertEquals(RunState.PROCESSED, records.get(fresh).state());
  }

  @Test
  @Order(4)
  void twoJobProcessesStartedTogether_processEachRunExactlyOnce() throws Exception {
    String racePrefix = "race/" + PREFIX;
    String raceTable = table + "-race";
    List<RunId> runs =
        generateAndUpload(
            "race",
            GeneratorOptions.ofTotal(6, 1200, 23)
                .withSchedule(Instant.parse("2024-05-05T00:00:00Z"), Duration.ofHours(1)),
            racePrefix);
    List<Path> outs = List.of(dir.resolve("race-a"), dir.resolve("race-b"));
    List<FurrowJvm> jobs = new ArrayList<>();
    try {
      for (int i = 0; i < outs.size(); i++) {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(settings(racePrefix, raceTable, outs.get(i)));
        args.addAll(
            List.of(
                "--set", "furrow.spark.master=\"local[2]\"",
                "--set", "furrow.spark.conf.spark.ui.enabled=false",
                "--set", "furrow.spark.conf.spark.sql.shuffle.partitions=2",
                "--set", "furrow.spark.conf.spark.driver.host=127.0.0.1",
                "--set", "furrow.spark.conf.spark.driver.bindAddress=127.0.0.1"));
        Path work = dir.resolve("race-work-" + i);
        jobs.add(
            FurrowJvm.start(
                args, TestServers.childEnvironment(), work, work.resolve("furrow.log")));
      }
      for (FurrowJvm job : jobs) {
        assertEquals(0, job.waitFor(Duration.ofMinutes(2)), job.output());
      }
    } finally {
      jobs.forEach(FurrowJvm::destroy);
    }

    Map<RunId, RunRecord> records = manifest(raceTable, racePrefix);
    assertEquals(new HashSet<>(runs), records.keySet());
    Set<String> owners = new HashSet<>();
    for (RunId run : runs) {
      assertEquals(RunState.PROCESSED, records.get(run).state(), run.value());
      assertEquals(1, records.get(run).attempts(), run + " was leased more than once");
      owners.add(records.get(run).owner().orElseThrow());
    }
    List<Set<RunId>> processedBy = new ArrayList<>();
    for (Path out : outs) {
      processedBy.add(processedRuns(out));
    }
    System.out.printf(
        "Race over %d runs: process A processed %d, process B %d%n",
        runs.size(), processedBy.get(0).size(), processedBy.get(1).size());
    Set<RunId> both = new HashSet<>(processedBy.get(0));
    both.retainAll(processedBy.get(1));
    assertEquals(Set.of(), both, "runs processed by both processes");
    Set<RunId> either = new HashSet<>(processedBy.get(0));
    either.addAll(processedBy.get(1));
    assertEquals(new HashSet<>(runs), either);
    for (int i = 0; i < outs.size(); i++) {
      for (String model : MODELS) {
        Set<String> expectedDirs =
            processedBy.get(i).stream()
                .map(RunJobAwsEndToEndIT::runDir)
                .collect(Collectors.toSet());
        assertEquals(expectedDirs, runDirs(outs.get(i), model), "Parquet of process " + i);
      }
      for (RunId run : processedBy.get(i)) {
        assertOutputEqualsInMemory(outs.get(i), run);
      }
    }
    Set<String> pids = jobs.stream().map(j -> ":" + j.pid()).collect(Collectors.toSet());
    for (String owner : owners) {
      assertTrue(
          pids.contains(owner.substring(owner.lastIndexOf(':'))),
          owner + " is not one of the two job processes " + pids);
    }
  }

  /** The runs that one process's JSON summaries report as processed by it. */
  private static Set<RunId> processedRuns(Path out) throws IOException {
    Set<RunId> processed = new HashSet<>();
    try (Stream<Path> files = Files.list(out.resolve("_summary"))) {
      for (Path file : files.toList()) {
        for (JsonNode run : JSON.readTree(file.toFile()).get("runs")) {
          if (run.get("outcome").asText().equals("processed")) {
            processed.add(RunId.of(run.get("run_id").asText()));
          }
        }
      }
    }
    return processed;
  }
}
