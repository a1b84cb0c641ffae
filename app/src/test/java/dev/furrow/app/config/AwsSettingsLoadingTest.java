package dev.furrow.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.aws.AwsSettings;
import dev.furrow.aws.s3.S3Location;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The S3 source, {@code furrow.aws} and the DynamoDB manifest keys, as configuration. */
class AwsSettingsLoadingTest {

  private final SettingsLoader loader = new SettingsLoader(List.of("pageview_geo_summary"));

  private FurrowSettings load(String... sets) {
    return loader.load(Optional.empty(), List.of(sets), new Properties());
  }

  private String errorOf(String... sets) {
    return assertThrows(ConfigurationException.class, () -> load(sets)).getMessage();
  }

  @Test
  void defaults_awsIsTheDefaultChainAndRegion_manifestIsLocal() {
    FurrowSettings settings = load();

    assertEquals(AwsSettings.defaults(), settings.aws());
    assertTrue(settings.source().skipArchived());
    assertEquals(ManifestType.LOCAL, settings.manifest().type());
    assertEquals(Optional.empty(), settings.manifest().table());
    assertFalse(settings.manifest().createTable());
    assertEquals("", settings.manifest().runKeyPrefix());
  }

  @Test
  void s3aPath_selectsTheS3Source() {
    FurrowSettings settings = load("furrow.source.path=s3a://bucket/enriched/good/");

    assertEquals(SourceType.S3, settings.source().type());
    assertEquals(S3Location.parse("s3a://bucket/enriched/good/"), settings.source().s3Location());
  }

  @Test
  void s3AndS3nPaths_selectTheS3SourceToo() {
    assertEquals(SourceType.S3, load("furrow.source.path=s3://bucket/a").source().type());
    assertEquals(SourceType.S3, load("furrow.source.path=s3n://bucket/").source().type());
  }

  @Test
  void otherScheme_isRejectedNamingTheKeyAndTheAllowedSchemes() {
    String message = errorOf("furrow.source.path=gs://bucket/enriched/");

    assertTrue(message.startsWith("furrow.source.path:"), message);
    assertTrue(message.contains("s3a"), message);
  }

  @Test
  void s3PathWithoutBucket_isRejectedNamingTheKey() {
    String message = errorOf("furrow.source.path=s3a:///enriched/");

    assertTrue(message.startsWith("furrow.source.path:"), message);
  }

  @Test
  void awsKeys_areRead() {
    FurrowSettings settings =
        load(
            "furrow.aws.region=eu-west-1",
            "furrow.aws.s3-endpoint=\"http://127.0.0.1:9000\"",
            "furrow.aws.dynamodb-endpoint=\"http://127.0.0.1:8000\"",
            "furrow.aws.path-style-access=true");

    AwsSettings aws = settings.aws();
    assertEquals(Optional.of("eu-west-1"), aws.region());
    assertEquals(Optional.of(URI.create("http://127.0.0.1:9000")), aws.s3Endpoint());
    assertEquals(Optional.of(URI.create("http://127.0.0.1:8000")), aws.dynamoDbEndpoint());
    assertTrue(aws.pathStyleAccess());
  }

  @Test
  void endpointThatIsNoHttpUrl_isRejectedNamingTheKey() {
    String message = errorOf("furrow.aws.dynamodb-endpoint=localhost:8000");

    assertTrue(message.startsWith("furrow.aws.dynamodb-endpoint:"), message);
  }

  @Test
  void credentialKeys_doNotExist() {
    String message = errorOf("furrow.aws.secret-access-key=abc");

    assertTrue(message.contains("unknown key furrow.aws.secret-access-key"), message);
    assertFalse(message.contains("abc"), message);
  }

  @Test
  void dynamoDbManifest_withoutTable_isRejectedNamingTheTableKey() {
    String message = errorOf("furrow.manifest.type=dynamodb");

    assertTrue(message.startsWith("furrow.manifest.table:"), message);
  }

  @Test
  void dynamoDbManifest_withInvalidTableName_isRejectedNamingTheTableKey() {
    String message = errorOf("furrow.manifest.type=dynamodb", "furrow.manifest.table=a b");

    assertTrue(message.startsWith("furrow.manifest.table:"), message);
  }

  @Test
  void dynamoDbManifest_runKeyPrefixDefaultsToTheSourcesKeyPrefix() {
    FurrowSettings settings =
        load(
            "furrow.source.path=s3a://bucket/enriched/good",
            "furrow.manifest.type=dynamodb",
            "furrow.manifest.table=runs",
            "furrow.manifest.create-table=true");

    assertEquals(ManifestType.DYNAMODB, settings.manifest().type());
    assertEquals(Optional.of("runs"), settings.manifest().table());
    assertTrue(settings.manifest().createTable());
    assertEquals("enriched/good/", settings.manifest().runKeyPrefix());
  }

  @Test
  void runKeyPrefix_canBeSetAndGetsItsTrailingSlash() {
    FurrowSettings settings =
        load(
            "furrow.source.path=s3a://bucket/enriched/good/",
            "furrow.manifest.type=dynamodb",
            "furrow.manifest.table=runs",
            "furrow.manifest.run-key-prefix=archive/enriched");

    assertEquals("archive/enriched/", settings.manifest().runKeyPrefix());
  }

  @Test
  void runKeyPrefix_startingWithSlash_isRejectedNamingTheKey() {
    String message =
        errorOf(
            "furrow.manifest.type=dynamodb",
            "furrow.manifest.table=runs",
            "furrow.manifest.run-key-prefix=/enriched/");

    assertTrue(message.startsWith("furrow.manifest.run-key-prefix:"), message);
  }

  @Test
  void skipArchived_canBeTurnedOff() {
    assertFalse(
        load("furrow.source.path=s3a://b/p/", "furrow.source.skip-archived=false")
            .source()
            .skipArchived());
  }
}
