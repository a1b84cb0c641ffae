package dev.furrow.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.app.config.SparkSettings;
import dev.furrow.aws.AwsSettings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3aSparkConfTest {

  @Test
  void localEndpoint_givesEndpointRegionPathStylePlainHttpAndTheDefaultChain() {
    AwsSettings aws =
        AwsSettings.defaults()
            .withRegion("eu-west-1")
            .withS3Endpoint(URI.create("http://127.0.0.1:9000"), true);

    Map<String, String> conf = S3aSparkConf.of(aws, "3.4.2");

    assertEquals(
        Map.of(
            "spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:9000",
            "spark.hadoop.fs.s3a.connection.ssl.enabled", "false",
            "spark.hadoop.fs.s3a.endpoint.region", "eu-west-1",
            "spark.hadoop.fs.s3a.path.style.access", "true",
            "spark.hadoop.fs.s3a.aws.credentials.provider", S3aSparkConf.SDK_V2_CHAIN),
        conf);
  }

  @Test
  void awsItself_setsOnlyTheCredentialsChain_soTheClustersS3aSettingsStay() {
    Map<String, String> conf = S3aSparkConf.of(AwsSettings.defaults(), "3.4.2");

    assertEquals(
        Map.of("spark.hadoop.fs.s3a.aws.credentials.provider", S3aSparkConf.SDK_V2_CHAIN), conf);
  }

  @Test
  void httpsEndpoint_keepsSsl() {
    AwsSettings aws =
        AwsSettings.defaults().withS3Endpoint(URI.create("https://minio.example:9000"), false);

    Map<String, String> conf = S3aSparkConf.of(aws, "3.4.2");

    assertFalse(conf.containsKey("spark.hadoop.fs.s3a.connection.ssl.enabled"), conf.toString());
    assertFalse(conf.containsKey("spark.hadoop.fs.s3a.path.style.access"), conf.toString());
  }

  @Test
  void hadoopBefore34_getsTheSdkV1Chain() {
    assertTrue(S3aSparkConf.usesSdkV2("3.4.0"));
    assertTrue(S3aSparkConf.usesSdkV2("3.5.0-amzn-1"));
    assertFalse(S3aSparkConf.usesSdkV2("3.3.4"));
    assertFalse(S3aSparkConf.usesSdkV2("3.3.6-amzn-3"));
    assertEquals(
        S3aSparkConf.SDK_V1_CHAIN,
        S3aSparkConf.of(AwsSettings.defaults(), "3.3.4")
            .get("spark.hadoop.fs.s3a.aws.credentials.provider"));
  }

  @Test
  void userSparkConf_winsOverDerivedDefaults() {
    SparkSettings spark =
        new SparkSettings(
            "local[1]",
            Map.of("spark.hadoop.fs.s3a.aws.credentials.provider", "my.Provider", "spark.x", "1"));
    Map<String, String> derived =
        S3aSparkConf.of(
            AwsSettings.defaults().withS3Endpoint(URI.create("http://127.0.0.1:1"), true), "3.4.2");

    Map<String, String> effective = new SparkModule(spark, derived).effectiveConf();

    assertEquals("my.Provider", effective.get("spark.hadoop.fs.s3a.aws.credentials.provider"));
    assertEquals("http://127.0.0.1:1", effective.get("spark.hadoop.fs.s3a.endpoint"));
    assertEquals("1", effective.get("spark.x"));
  }
}
