package dev.furrow.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.Dedup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

  private static final List<String> MODELS =
      List.of("daily_events", "page_views", "pageview_geo_summary");

  @TempDir Path dir;

  private final SettingsLoader loader = new SettingsLoader(MODELS);

  private FurrowSettings load(Optional<Path> file, List<String> sets) {
    return loader.load(file, sets, new Properties());
  }

  private FurrowSettings load(String... sets) {
    return load(Optional.empty(), List.of(sets));
  }

  private Path file(String content) throws IOException {
    Path file = dir.resolve("furrow.conf");
    Files.writeString(file, content);
    return file;
  }

  private String errorOf(Optional<Path> file, List<String> sets) {
    return assertThrows(ConfigurationException.class, () -> load(file, sets)).getMessage();
  }

  @Test
  void noConfiguration_givesTheDocumentedDefaults() {
    FurrowSettings settings = load();

    assertEquals("local[*]", settings.spark().master());
    assertEquals(Map.of(), settings.spark().conf());
    assertEquals(Optional.empty(), settings.source().localPath());
    assertEquals(SourceType.LOCAL, settings.source().type());
    assertEquals("run=*", settings.source().runPattern());
    assertEquals(ManifestType.LOCAL, settings.manifest().type());
    assertEquals(Path.of("./furrow-work/manifest"), settings.manifest().path());
    assertEquals(Duration.ofHours(1), settings.manifest().leaseTime());
    assertEquals(List.of("pageview_geo_summary"), settings.models());
    assertEquals(Dedup.NONE, settings.dedup());
    assertEquals(List.of(SinkType.PARQUET), settings.sinks());
    assertEquals(Path.of("./furrow-out"), settings.parquet().path());
    assertEquals(Path.of("./furrow-out/bad"), settings.badRows().path());
    assertEquals(0.01, settings.badRows().maxRatio());
    assertEquals(1, settings.batchSize());
    assertEquals(Path.of("./furrow-out/_summary"), settings.summaryPath());
    assertEquals(Path.of("./furrow-work/sample"), settings.samplePath());
  }

  @Test
  void configFile_overridesReference_andKeepsOtherDefaults() throws IOException {
    Path file =
        file(
            """
            furrow {
              source.path = "/data/enriched"
              dedup = natural
              models = [daily_events, pageview_geo_summary]
              parquet.path = "/data/out"
            }
            """);

    FurrowSettings settings = load(Optional.of(file), List.of());

    assertEquals(Optional.of(Path.of("/data/enriched")), settings.source().localPath());
    assertEquals(Dedup.NATURAL, settings.dedup());
    assertEquals(List.of("daily_events", "pageview_geo_summary"), settings.models());
    assertEquals(Path.of("/data/out"), settings.parquet().path());
    assertEquals(Path.of("/data/out/_summary"), settings.summaryPath());
    assertEquals(0.01, settings.badRows().maxRatio());
  }

  @Test
  void set_overridesConfigFile() throws IOException {
    Path file = file("furrow { dedup = natural, bad-rows.max-ratio = 0.5 }");

    FurrowSettings settings =
        load(Optional.of(file), List.of("furrow.dedup=none", "furrow.batch-size=3"));

    assertEquals(Dedup.NONE, settings.dedup());
    assertEquals(3, settings.batchSize());
    assertEquals(0.5, settings.badRows().maxRatio());
  }

  @Test
  void set_lastOfTheSameKeyWins() {
    assertEquals(4, load("furrow.batch-size=2", "furrow.batch-size=4").batchSize());
  }

  @Test
  void systemProperties_overrideTheFile_butNotSet() throws IOException {
    Path file = file("furrow { batch-size = 2, dedup = natural }");
    Properties system = new Properties();
    system.setProperty("furrow.batch-size", "5");
    system.setProperty("furrow.dedup", "none");

    FurrowSettings settings =
        loader.load(Optional.of(file), List.of("furrow.dedup=natural"), system);

    assertEquals(5, settings.batchSize());
    assertEquals(Dedup.NATURAL, settings.dedup());
  }

  @Test
  void sparkMaster_followsSparkSubmit_unlessSetExplicitly() {
    Properties submitted = new Properties();
    submitted.setProperty("spark.master", "yarn");

    assertEquals("yarn", loader.load(Optional.empty(), List.of(), submitted).spark().master());
    assertEquals(
        "local[2]",
        loader
            .load(Optional.empty(), List.of("furrow.spark.master=local[2]"), submitted)
            .spark()
            .master());
  }

  @Test
  void sparkConf_quotedAndNestedKeys_areFlattenedToSparkPropertyNames() throws IOException {
    Path file =
        file(
            """
            furrow.spark.conf {
              "spark.sql.shuffle.partitions" = 4
              spark.driver.memory = 2g
            }
            """);

    FurrowSettings settings =
        load(Optional.of(file), List.of("furrow.spark.conf.spark.ui.enabled=false"));

    assertEquals(
        Map.of(
            "spark.sql.shuffle.partitions", "4",
            "spark.driver.memory", "2g",
            "spark.ui.enabled", "false"),
        settings.spark().conf());
  }

  @Test
  void unknownKeyInFile_failsNamingThePathTheFileAndASuggestion() throws IOException {
    Path file = file("furrow {\n  source {\n    pth = \"/data\"\n  }\n}\n");

    String message = errorOf(Optional.of(file), List.of());

    assertTrue(message.contains("unknown key furrow.source.pth"), message);
    assertTrue(message.contains("furrow.conf: 3"), message);
    assertTrue(message.contains("did you mean furrow.source.path?"), message);
  }

  @Test
  void unknownKeyInSet_failsNamingThePath() {
    String message = errorOf(Optional.empty(), List.of("furrow.sinkz=[parquet]"));

    assertTrue(message.contains("unknown key furrow.sinkz"), message);
    assertTrue(message.contains("did you mean furrow.sinks?"), message);
  }

  @Test
  void unknownTopLevelSection_failsNamingThePath() {
    String message = errorOf(Optional.empty(), List.of("furrow.mysql.url=x"));

    assertTrue(message.contains("unknown key furrow.mysql"), message);
  }

  @Test
  void numberGivenAsText_failsNamingThePath() throws IOException {
    Path file = file("furrow.bad-rows.max-ratio = lots");

    String message = errorOf(Optional.of(file), List.of());

    assertTrue(message.contains("furrow.bad-rows.max-ratio"), message);
    assertTrue(message.contains("NUMBER"), message);
  }

  @Test
  void stringWhereAListIsExpected_failsNamingThePath() throws IOException {
    String message = errorOf(Optional.of(file("furrow.models = pageview_geo_summary")), List.of());

    assertTrue(message.contains("furrow.models"), message);
    assertTrue(message.contains("expecting: list but got: string"), message);
  }

  @Test
  void valueWhereASectionIsExpected_failsNamingThePath() {
    String message = errorOf(Optional.empty(), List.of("furrow.manifest=local"));

    assertTrue(message.contains("furrow.manifest"), message);
  }

  @Test
  void badDuration_failsNamingThePath() {
    String message = errorOf(Optional.empty(), List.of("furrow.manifest.lease-time=soon"));

    assertTrue(message.contains("furrow.manifest.lease-time"), message);
  }

  @Test
  void unknownChoices_listTheAllowedValues() {
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.dedup=fuzzy"))
            .contains("furrow.dedup: unknown value 'fuzzy'; allowed values: none, natural"));
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.manifest.type=dynamo"))
            .contains("furrow.manifest.type: unknown value 'dynamo'; allowed values: local"));
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.sinks=[parquet,csv]"))
            .contains("furrow.sinks: unknown value 'csv'; allowed values: parquet"));
  }

  @Test
  void unknownModel_listsTheKnownModels() {
    String message = errorOf(Optional.empty(), List.of("furrow.models=[pageview_geo_sumary]"));

    assertTrue(message.contains("unknown model 'pageview_geo_sumary'"), message);
    assertTrue(
        message.contains("known models: daily_events, page_views, pageview_geo_summary"), message);
    assertTrue(message.contains("did you mean pageview_geo_summary?"), message);
  }

  @Test
  void outOfRangeValues_fail() {
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.bad-rows.max-ratio=1.5"))
            .contains("furrow.bad-rows.max-ratio: must be between 0 and 1"));
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.batch-size=0"))
            .contains("furrow.batch-size: must be at least 1"));
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.models=[]"))
            .contains("furrow.models: needs at least one model"));
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.source.run-pattern=a/b"))
            .contains("furrow.source.run-pattern"));
  }

  @Test
  void paths_acceptFileUris_andRejectOtherSchemes() {
    FurrowSettings settings = load("furrow.source.path=file:///data/enriched");
    assertEquals(Optional.of(Path.of("/data/enriched")), settings.source().localPath());

    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.source.path=hdfs://nn/data"))
            .contains("furrow.source.path: 'hdfs://nn/data' has an unsupported scheme 'hdfs'"));
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.parquet.path=s3a://bucket/out"))
            .contains("furrow.parquet.path: 's3a://bucket/out' must be a local path"));
  }

  @Test
  void setWithoutEquals_isRejected() {
    assertTrue(
        errorOf(Optional.empty(), List.of("furrow.dedup")).contains("--set expects KEY=VALUE"));
  }

  @Test
  void missingConfigFile_isRejectedNamingIt() {
    Path missing = dir.resolve("nope.conf");

    String message = errorOf(Optional.of(missing), List.of());

    assertTrue(message.contains("Configuration file not found"), message);
    assertTrue(message.contains("nope.conf"), message);
  }

  @Test
  void syntaxErrorInFile_isRejectedNamingTheLine() throws IOException {
    String message = errorOf(Optional.of(file("furrow {\n  dedup = [\n}\n")), List.of());

    assertTrue(message.contains("furrow.conf"), message);
  }
}
