package dev.furrow.app.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Test fixture: a Spark installation ({@code SPARK_HOME}) made from the test's own classpath, so
 * the cluster runs exactly the Spark the build compiled against, without downloading a
 * distribution.
 *
 * <p>{@code jars/} holds links to every jar of the classpath except Furrow's own modules, the
 * libraries that {@code furrow-spark.jar} bundles (Guice, picocli, Typesafe Config, pgjdbc, the AWS
 * SDK) and the test tools, so the cluster, like a real one, knows nothing of Furrow and the job
 * must bring what it needs in its jar. An empty {@code RELEASE} file makes Spark's launcher take
 * {@code jars/} as its library directory.
 */
final class SparkHome {

  /** Maven repository paths (group/artifact) that a Spark cluster does not have. */
  private static final List<String> NOT_ON_A_CLUSTER =
      List.of(
          "/dev/furrow/",
          "/com/google/inject/",
          "/aopalliance/aopalliance/",
          "/info/picocli/",
          "/com/typesafe/config/",
          "/org/postgresql/",
          "/software/amazon/",
          "/org/junit/",
          "/org/opentest4j/",
          "/org/apiguardian/",
          "/com/tngtech/",
          "/org/duckdb/");

  /** Classes that the cluster must not have, so that the job proves its jar brings them. */
  private static final List<String> BROUGHT_BY_FURROW =
      List.of(
          "dev/furrow/app/Main.class",
          "picocli/CommandLine.class",
          "com/google/inject/Injector.class",
          "com/typesafe/config/Config.class",
          "org/postgresql/Driver.class");

  private static final Pattern SPARK_CORE = Pattern.compile("spark-core_(2\\.1[23])-.*\\.jar");

  private final Path home;
  private final String scalaVersion;

  private SparkHome(Path home, String scalaVersion) {
    this.home = home;
    this.scalaVersion = scalaVersion;
  }

  /** Creates (or recreates) the Spark home in {@code home} from this JVM's test classpath. */
  static SparkHome fromTestClasspath(Path home) {
    List<Path> jars = clusterJars(testClasspath());
    String scala = scalaVersion(jars);
    try {
      Path dir = home.resolve("jars");
      deleteRecursively(home);
      Files.createDirectories(dir);
      Files.createFile(home.resolve("RELEASE"));
      for (Path jar : jars) {
        Path link = dir.resolve(jar.getFileName());
        if (!Files.exists(link)) {
          try {
            Files.createSymbolicLink(link, jar.toAbsolutePath());
          } catch (UnsupportedOperationException | IOException e) {
            Files.copy(jar, link);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the Spark home " + home, e);
    }
    for (Path jar : jars) {
      checkNotOnACluster(jar);
    }
    return new SparkHome(home.toAbsolutePath(), scala);
  }

  /** Fails if {@code jar} holds classes that only Furrow's jar may bring to a cluster. */
  private static void checkNotOnACluster(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (String entry : BROUGHT_BY_FURROW) {
        if (zip.getEntry(entry) != null) {
          throw new IllegalStateException(jar + " holds " + entry + "; it must not be in jars/");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + jar, e);
    }
  }

  Path path() {
    return home;
  }

  /** The Scala binary version of the Spark jars, for {@code SPARK_SCALA_VERSION}. */
  String scalaVersion() {
    return scalaVersion;
  }

  /** The class path of a Spark JVM: every jar of {@code jars/}. */
  String classpath() {
    return home.resolve("jars") + File.separator + "*";
  }

  /** The number of jars linked. */
  long jarCount() {
    try (Stream<Path> files = Files.list(home.resolve("jars"))) {
      return files.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> testClasspath() {
    // Surefire and failsafe run tests from a manifest-only jar; the real path is in this property.
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> entries = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }

  static List<Path> clusterJars(List<Path> classpath) {
    List<Path> jars = new ArrayList<>();
    for (Path entry : classpath) {
      String path = entry.toString().replace(File.separatorChar, '/');
      boolean excluded =
          NOT_ON_A_CLUSTER.stream().anyMatch(path::contains)
              // Furrow's modules as the reactor or failsafe put them: <module>/target/furrow-*.jar
              || entry.getFileName().toString().startsWith("furrow-");
      if (path.endsWith(".jar") && !excluded && Files.isRegularFile(entry)) {
        jars.add(entry);
      }
    }
    return jars;
  }

  private static String scalaVersion(List<Path> jars) {
    for (Path jar : jars) {
      Matcher m = SPARK_CORE.matcher(jar.getFileName().toString());
      if (m.matches()) {
        return m.group(1);
      }
    }
    throw new IllegalStateException("spark-core is not on the test classpath: " + jars);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
