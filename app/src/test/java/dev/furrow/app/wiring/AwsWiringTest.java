package dev.furrow.app.wiring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.config.SettingsLoader;
import dev.furrow.aws.dynamodb.DynamoDbRunManifest;
import dev.furrow.aws.s3.S3EventSource;
import dev.furrow.aws.s3.S3Location;
import dev.furrow.domain.job.JobListener;
import dev.furrow.domain.job.RunJob;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.run.EventSource;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunManifest;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.hadoop.util.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 source and DynamoDB manifest wiring, with endpoints where nothing listens: binding and
 * building the job connect to nothing; the table is created only by the start-up check.
 */
class AwsWiringTest {

  @TempDir Path dir;

  private FurrowSettings settings(String createTable) throws Exception {
    List<String> sets =
        List.of(
            "furrow.source.path=s3a://bucket/enriched/good/",
            "furrow.aws.region=eu-west-1",
            "furrow.aws.s3-endpoint=\"http://127.0.0.1:" + closedPort() + "\"",
            "furrow.aws.dynamodb-endpoint=\"http://127.0.0.1:" + closedPort() + "\"",
            "furrow.aws.path-style-access=true",
            "furrow.manifest.type=dynamodb",
            "furrow.manifest.table=furrow-runs",
            "furrow.manifest.create-table=" + createTable,
            "furrow.parquet.path=" + dir.resolve("out"),
            "furrow.bad-rows.path=" + dir.resolve("bad"));
    return new SettingsLoader(BuiltInModels.names()).load(Optional.empty(), sets, new Properties());
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Injector injector(FurrowSettings settings, ResourceCloser closer) {
    List<Module> modules = new ArrayList<>(FurrowModules.forSettings(settings));
    modules.add(new JobModule(JobListener.silent(), closer));
    return Guice.createInjector(modules);
  }

  @Test
  void s3SourceAndDynamoDbManifest_areBound_andTheJobIsBuiltWithoutConnecting() throws Exception {
    try (ResourceCloser closer = new ResourceCloser()) {
      Injector injector = injector(settings("false"), closer);

      EventSource source = injector.getInstance(EventSource.class);
      RunManifest manifest = injector.getInstance(RunManifest.class);

      S3EventSource s3 = assertInstanceOf(S3EventSource.class, source);
      assertEquals(S3Location.parse("s3a://bucket/enriched/good/"), s3.root());
      DynamoDbRunManifest dynamo = assertInstanceOf(DynamoDbRunManifest.class, manifest);
      assertEquals("furrow-runs", dynamo.table());
      assertEquals(
          "enriched/good/run=2024-05-01-00-00-00/",
          dynamo.keyOf(RunId.of("run=2024-05-01-00-00-00")));
      assertDoesNotThrow(() -> injector.getInstance(RunJob.class));
      assertEquals(Set.of(), checks(injector));
    }
  }

  @Test
  void createTable_addsOneStartupCheck() throws Exception {
    try (ResourceCloser closer = new ResourceCloser()) {
      Set<StartupCheck> checks = checks(injector(settings("true"), closer));

      assertEquals(1, checks.size());
      assertInstanceOf(DynamoDbManifestModule.CreateTableIfMissing.class, checks.iterator().next());
    }
  }

  @Test
  void s3Source_givesSparkTheS3aSettingsOfFurrowAws() throws Exception {
    SparkModule spark =
        FurrowModules.forSettings(settings("false")).stream()
            .filter(SparkModule.class::isInstance)
            .map(SparkModule.class::cast)
            .findFirst()
            .orElseThrow();

    Map<String, String> conf = spark.effectiveConf();

    assertTrue(
        conf.get("spark.hadoop.fs.s3a.endpoint").startsWith("http://127.0.0.1:"), conf.toString());
    assertEquals("eu-west-1", conf.get("spark.hadoop.fs.s3a.endpoint.region"));
    assertEquals("true", conf.get("spark.hadoop.fs.s3a.path.style.access"));
    assertEquals("false", conf.get("spark.hadoop.fs.s3a.connection.ssl.enabled"));
    assertEquals(
        S3aSparkConf.usesSdkV2(VersionInfo.getVersion())
            ? S3aSparkConf.SDK_V2_CHAIN
            : S3aSparkConf.SDK_V1_CHAIN,
        conf.get("spark.hadoop.fs.s3a.aws.credentials.provider"));
  }

  private static Set<StartupCheck> checks(Injector injector) {
    return injector.getInstance(Key.get(new TypeLiteral<Set<StartupCheck>>() {}));
  }
}
