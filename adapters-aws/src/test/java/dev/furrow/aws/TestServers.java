package dev.furrow.aws;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Test fixture: the S3 and DynamoDB protocol servers of the integration tests, each a child process
 * on a free loopback port, started on first use and shared by the whole test JVM.
 *
 * <ul>
 *   <li>DynamoDB: dynalite (npm, in memory), run by {@code node server.js} from {@code
 *       <servers>/dynalite}, where the build ran {@code npm ci}.
 *   <li>S3: S3Proxy's self-contained jar ({@code <servers>/s3proxy.jar}) with an in-memory store,
 *       in its own JVM (so its Jetty 12 never meets Spark's servlet API), checking AWS signatures
 *       for {@link #ACCESS_KEY}/{@link #SECRET_KEY}.
 * </ul>
 *
 * <p>{@code <servers>} is the system property {@value #SERVERS_DIR_PROPERTY}, which the build sets
 * after installing both. The servers stop when {@link #stopAll()} runs (the JUnit extension {@link
 * AwsServersExtension} calls it when the test plan ends), at JVM exit, and by themselves when the
 * test JVM dies (they exit when their standard input closes).
 *
 * <p>Credentials reach the code under test through the AWS default provider chain: unless set
 * already, this sets the system properties {@code aws.accessKeyId} and {@code aws.secretAccessKey}
 * to the test keys.
 */
public final class TestServers {

  /**
   * The system property naming the directory of the installed servers. Outside the {@code furrow.}
   * namespace on purpose: every {@code furrow.*} system property is Furrow configuration, and an
   * unknown key is an error there.
   */
  public static final String SERVERS_DIR_PROPERTY = "test.servers.dir";

  public static final String ACCESS_KEY = "furrow-test";
  public static final String SECRET_KEY = "furrow-test-secret";
  public static final String REGION = "us-east-1";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static ChildServer dynalite;
  private static ChildServer s3proxy;
  private static boolean hooked;

  private TestServers() {}

  /** The DynamoDB endpoint, starting dynalite if needed. */
  public static synchronized URI dynamoDbEndpoint() {
    if (dynalite == null || !dynalite.isAlive()) {
      dynalite = startDynalite();
    }
    return dynalite.endpoint();
  }

  /** The S3 endpoint, starting S3Proxy if needed. */
  public static synchronized URI s3Endpoint() {
    if (s3proxy == null || !s3proxy.isAlive()) {
      s3proxy = startS3Proxy();
    }
    return s3proxy.endpoint();
  }

  /** Settings that reach both servers (path-style S3, region {@value #REGION}). */
  public static AwsSettings awsSettings() {
    useTestCredentials();
    return AwsSettings.defaults()
        .withRegion(REGION)
        .withS3Endpoint(s3Endpoint(), true)
        .withDynamoDbEndpoint(dynamoDbEndpoint());
  }

  /** Settings that reach dynalite only (S3 is not started). */
  public static AwsSettings dynamoDbSettings() {
    useTestCredentials();
    return AwsSettings.defaults().withRegion(REGION).withDynamoDbEndpoint(dynamoDbEndpoint());
  }

  /**
   * The environment for a child process (a Furrow job) that should reach the test servers through
   * the AWS default provider chain and Hadoop S3A's default chain.
   */
  public static Map<String, String> childEnvironment() {
    return Map.of(
        "AWS_ACCESS_KEY_ID", ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY", SECRET_KEY,
        "AWS_REGION", REGION,
        "AWS_EC2_METADATA_DISABLED", "true");
  }

  /**
   * Spark properties with which S3A (hadoop-aws) reads and writes through the S3 test server,
   * starting it if needed.
   */
  public static Map<String, String> sparkS3aConf() {
    return Map.of(
        "spark.hadoop.fs.s3a.endpoint",
        s3Endpoint().toString(),
        "spark.hadoop.fs.s3a.endpoint.region",
        REGION,
        "spark.hadoop.fs.s3a.path.style.access",
        "true",
        "spark.hadoop.fs.s3a.connection.ssl.enabled",
        "false",
        "spark.hadoop.fs.s3a.access.key",
        ACCESS_KEY,
        "spark.hadoop.fs.s3a.secret.key",
        SECRET_KEY,
        "spark.hadoop.fs.s3a.aws.credentials.provider",
        "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
  }

  /** Stops the servers that run; the next use starts them again. */
  public static synchronized void stopAll() {
    for (ChildServer server : new ChildServer[] {dynalite, s3proxy}) {
      if (server != null) {
        server.close();
      }
    }
    dynalite = null;
    s3proxy = null;
  }

  private static void useTestCredentials() {
    if (System.getProperty("aws.accessKeyId") == null) {
      System.setProperty("aws.accessKeyId", ACCESS_KEY);
      System.setProperty("aws.secretAccessKey", SECRET_KEY);
    }
  }

  private static ChildServer startDynalite() {
    Path dir = serversDir().resolve("dynalite");
    require(dir.resolve("node_modules/dynalite/package.json"), "dynalite (npm ci)");
    hookShutdown();
    return ChildServer.start(
        "dynalite",
        List.of("node", "server.js", "0"),
        dir,
        Map.of(),
        Pattern.compile("^PORT (\\d+)$"),
        START_TIMEOUT,
        logFile("dynalite"));
  }

  private static ChildServer startS3Proxy() {
    Path jar = require(serversDir().resolve("s3proxy.jar"), "S3Proxy's jar");
    hookShutdown();
    try {
      Path properties = Files.createTempFile("furrow-s3proxy", ".properties");
      properties.toFile().deleteOnExit();
      Files.writeString(
          properties,
          String.join(
              "\n",
              "s3proxy.endpoint=http://127.0.0.1:0",
              "s3proxy.authorization=aws-v2-or-v4",
              "s3proxy.identity=" + ACCESS_KEY,
              "s3proxy.credential=" + SECRET_KEY,
              "jclouds.provider=transient-nio2",
              ""));
      String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classpath = jar + File.pathSeparator + ownLocation();
      return ChildServer.start(
          "s3proxy",
          List.of(
              javaBin,
              "-Xmx512m",
              "-XX:+UseSerialGC",
              "-XX:TieredStopAtLevel=1",
              "-cp",
              classpath,
              ParentWatch.class.getName(),
              "org.gaul.s3proxy.Main",
              "--properties",
              properties.toString()),
          serversDir(),
          Map.of("LOG_LEVEL", "info", "JETTY_LOG_LEVEL", "info"),
          // Jetty: "Started ...ServerConnector@1a2b{HTTP/1.1, (http/1.1)}{127.0.0.1:43567}"
          Pattern.compile("ServerConnector@.*\\{127\\.0\\.0\\.1:(\\d+)\\}"),
          START_TIMEOUT,
          logFile("s3proxy"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare S3Proxy's configuration", e);
    }
  }

  private static Path serversDir() {
    String dir = System.getProperty(SERVERS_DIR_PROPERTY);
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          "System property "
              + SERVERS_DIR_PROPERTY
              + " is not set: run the integration tests through Maven (mvn verify), which installs"
              + " the test servers and sets it");
    }
    return Path.of(dir);
  }

  private static Path require(Path path, String what) {
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          what
              + " is missing at "
              + path
              + ": the build installs it in the pre-integration-test phase (mvn verify)");
    }
    return path;
  }

  private static Path logFile(String name) {
    return serversDir()
        .resolve("logs")
        .resolve(name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".log");
  }

  private static String ownLocation() {
    try {
      return Path.of(ParentWatch.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the test classes", e);
    }
  }

  private static synchronized void hookShutdown() {
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(TestServers::stopAll, "test-servers-stop"));
      hooked = true;
    }
  }
}
