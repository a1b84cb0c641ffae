package dev.furrow.app.wiring;

import dev.furrow.aws.AwsSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.util.VersionInfo;

/**
 * Derivation: the Spark properties with which Hadoop's S3A connector reaches S3 as {@code
 * furrow.aws} says: endpoint, region, path-style addressing, plain HTTP for {@code http://}
 * endpoints, and credentials from the AWS default provider chain (as the SDK clients of the listing
 * and the manifest). Only what the settings ask for is set, so a cluster's own S3A configuration
 * stays in force otherwise.
 */
final class S3aSparkConf {

  /** S3A of Hadoop 3.4 and later uses the AWS SDK v2; earlier versions the SDK v1. */
  static final String SDK_V2_CHAIN =
      "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider";

  static final String SDK_V1_CHAIN = "com.amazonaws.auth.DefaultAWSCredentialsProviderChain";

  private static final String PREFIX = "spark.hadoop.fs.s3a.";

  private S3aSparkConf() {}

  /** The properties for the Hadoop version on the classpath. */
  static Map<String, String> of(AwsSettings aws) {
    return of(aws, VersionInfo.getVersion());
  }

  static Map<String, String> of(AwsSettings aws, String hadoopVersion) {
    Map<String, String> conf = new LinkedHashMap<>();
    aws.s3Endpoint()
        .ifPresent(
            endpoint -> {
              conf.put(PREFIX + "endpoint", endpoint.toString());
              if ("http".equals(endpoint.getScheme())) {
                conf.put(PREFIX + "connection.ssl.enabled", "false");
              }
            });
    aws.region().ifPresent(region -> conf.put(PREFIX + "endpoint.region", region));
    if (aws.pathStyleAccess()) {
      conf.put(PREFIX + "path.style.access", "true");
    }
    conf.put(
        PREFIX + "aws.credentials.provider",
        usesSdkV2(hadoopVersion) ? SDK_V2_CHAIN : SDK_V1_CHAIN);
    return conf;
  }

  /** Whether S3A of this Hadoop version is built on the AWS SDK v2 (Hadoop 3.4.0 and later). */
  static boolean usesSdkV2(String hadoopVersion) {
    String[] parts = hadoopVersion.split("[.-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > 3 || (major == 3 && minor >= 4);
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
