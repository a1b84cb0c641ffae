package dev.furrow.app.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dataflow Runner files in {@code deploy/emr/} are what {@code dataflow-runner run-transient}
 * accepts: valid JSON (its Go templates only inside strings), the self-describing schemas it knows,
 * every field its Avro schemas require, an EMR 7.x release (Spark 3.5, the {@code -Pspark-3.5} jar)
 * with Spark, and a step that spark-submits Furrow's main class with the configuration shipped by
 * {@code --files}. No secret is written in them.
 */
class DeployFilesTest {

  private static final Path EMR = Path.of("..", "deploy", "emr");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern VARIABLE = Pattern.compile("\\.([A-Za-z][A-Za-z0-9]*)");
  private static final Pattern SYSTEM_ENV = Pattern.compile("systemEnv `([A-Z][A-Z0-9_]*)`");

  @Test
  void clusterJson_hasEveryFieldOfClusterConfig110_andAnEmr7ReleaseWithSpark() throws IOException {
    JsonNode root = read("cluster.json");
    assertEquals(
        "iglu:com.snowplowanalytics.dataflowrunner/ClusterConfig/avro/1-1-0", text(root, "schema"));
    JsonNode data = root.get("data");
    assertOnlyFields(
        data,
        "name",
        "logUri",
        "region",
        "credentials",
        "roles",
        "ec2",
        "tags",
        "bootstrapActionConfigs",
        "configurations",
        "applications");
    for (String field : List.of("name", "logUri", "region")) {
      assertFalse(text(data, field).isBlank(), field);
    }
    assertTrue(text(data, "logUri").startsWith("s3://"), "logUri");
    assertCredentials(data.get("credentials"));
    assertOnlyFields(data.get("roles"), "jobflow", "service");
    text(data.get("roles"), "jobflow");
    text(data.get("roles"), "service");

    JsonNode ec2 = data.get("ec2");
    assertOnlyFields(ec2, "amiVersion", "keyName", "location", "instances");
    assertTrue(
        text(ec2, "amiVersion").matches("7\\.\\d+\\.\\d+"),
        "an EMR 7.x release (Spark 3.5, Scala 2.12): " + text(ec2, "amiVersion"));
    text(ec2, "keyName");
    JsonNode location = ec2.get("location");
    assertEquals(1, location.size(), "exactly one of classic and vpc: " + location);
    if (location.has("vpc")) {
      assertFalse(text(location.get("vpc"), "subnetId").isBlank(), "subnetId");
    } else {
      assertFalse(text(location.get("classic"), "availabilityZone").isBlank(), "availabilityZone");
    }
    JsonNode instances = ec2.get("instances");
    assertOnlyFields(instances, "master", "core", "task");
    text(instances.get("master"), "type");
    text(instances.get("core"), "type");
    assertTrue(instances.get("core").get("count").isIntegralNumber(), "core count");
    assertTrue(instances.get("core").get("count").asLong() >= 1, "at least one core node");
    text(instances.get("task"), "type");
    text(instances.get("task"), "bid");
    assertTrue(instances.get("task").get("count").isIntegralNumber(), "task count");

    for (JsonNode configuration : data.get("configurations")) {
      assertOnlyFields(configuration, "classification", "properties");
      text(configuration, "classification");
      configuration.get("properties").forEach(v -> assertTrue(v.isTextual(), "" + v));
    }
    Set<String> applications = new TreeSet<>();
    data.get("applications").forEach(a -> applications.add(a.asText()));
    assertTrue(applications.contains("Spark"), applications.toString());
    assertTrue(
        Set.of("Hadoop", "Hive", "Mahout", "Pig", "Spark").containsAll(applications),
        "Dataflow Runner allows only Hadoop, Hive, Mahout, Pig and Spark: " + applications);
  }

  @Test
  void playbookJson_hasEveryFieldOfPlaybookConfig101_andSparkSubmitsFurrow() throws IOException {
    JsonNode root = read("playbook.json");
    assertEquals(
        "iglu:com.snowplowanalytics.dataflowrunner/PlaybookConfig/avro/1-0-1",
        text(root, "schema"));
    JsonNode data = root.get("data");
    assertOnlyFields(data, "region", "credentials", "steps", "tags");
    assertFalse(text(data, "region").isBlank());
    assertCredentials(data.get("credentials"));
    assertTrue(data.get("steps").isArray() && !data.get("steps").isEmpty(), "steps");

    for (JsonNode step : data.get("steps")) {
      assertOnlyFields(step, "name", "type", "actionOnFailure", "jar", "arguments");
      text(step, "name");
      assertEquals("CUSTOM_JAR", text(step, "type"));
      assertTrue(
          Set.of("TERMINATE_JOB_FLOW", "TERMINATE_CLUSTER", "CANCEL_AND_WAIT", "CONTINUE")
              .contains(text(step, "actionOnFailure")),
          text(step, "actionOnFailure"));
      assertEquals("command-runner.jar", text(step, "jar"));
      List<String> args = new ArrayList<>();
      step.get("arguments").forEach(a -> args.add(a.asText()));
      step.get("arguments").forEach(a -> assertTrue(a.isTextual(), "" + a));

      assertEquals("spark-submit", args.get(0));
      assertEquals("dev.furrow.app.Main", after(args, "--class"));
      assertEquals("cluster", after(args, "--deploy-mode"), "so --files land in the driver's dir");
      int jar = args.indexOf(after(args, "--class")) + 1;
      assertTrue(args.get(jar).matches("s3://.+/furrow-spark\\.jar"), args.get(jar));
      assertEquals("run", args.get(jar + 1), "the command after the jar");
      String shipped = after(args, "--files");
      assertTrue(shipped.startsWith("s3://"), shipped);
      List<String> appArgs = args.subList(jar + 1, args.size());
      assertEquals(
          shipped.substring(shipped.lastIndexOf('/') + 1),
          after(appArgs, "--config"),
          "--config names the file shipped with --files, read from the driver's directory");
    }
  }

  @Test
  void deployFiles_holdNoSecret_andEveryTemplateIsAVariableOrAnEnvironmentVariable()
      throws IOException {
    Set<String> variables = new TreeSet<>();
    for (String file : List.of("cluster.json", "playbook.json")) {
      String text = Files.readString(EMR.resolve(file));
      Matcher template = TEMPLATE.matcher(text);
      while (template.find()) {
        String action = template.group(1).trim();
        Matcher variable = VARIABLE.matcher(action);
        Matcher env = SYSTEM_ENV.matcher(action);
        assertTrue(
            variable.matches() || env.matches(),
            file + ": {{" + action + "}} is neither {{.var}} nor {{systemEnv `VAR`}}");
        if (variable.matches()) {
          variables.add(variable.group(1));
        }
      }
      for (JsonNode value : strings(read(file))) {
        String s = value.asText();
        if (s.toLowerCase(Locale.ROOT).contains("password")) {
          assertTrue(s.contains("{{systemEnv `"), file + ": a password not from the environment");
        }
      }
    }
    String readme = Files.readString(EMR.resolve("README.md"));
    for (String variable : variables) {
      assertTrue(readme.contains(variable + ","), "README.md must pass --vars " + variable);
    }
    assertTrue(readme.contains("FURROW_PG_PASSWORD"), "README.md must name FURROW_PG_PASSWORD");
  }

  private static JsonNode read(String file) throws IOException {
    return JSON.readTree(EMR.resolve(file).toFile());
  }

  private static void assertCredentials(JsonNode credentials) {
    assertOnlyFields(credentials, "accessKeyId", "secretAccessKey");
    // env, iam or a template: never a literal key in the repository
    for (String field : List.of("accessKeyId", "secretAccessKey")) {
      String value = text(credentials, field);
      assertTrue(
          value.equals("env") || value.equals("iam") || value.startsWith("{{"),
          field + " must be env, iam or a template");
    }
  }

  private static void assertOnlyFields(JsonNode node, String... fields) {
    assertTrue(node != null && node.isObject(), "an object with " + List.of(fields));
    Set<String> allowed = Set.of(fields);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      assertTrue(allowed.contains(name), "unknown field " + name + " in " + node);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    assertTrue(value != null && value.isTextual(), field + " must be a string in " + node);
    return value.asText();
  }

  private static String after(List<String> args, String option) {
    int i = args.indexOf(option);
    assertTrue(i >= 0 && i + 1 < args.size(), option + " missing in " + args);
    return args.get(i + 1);
  }

  private static List<JsonNode> strings(JsonNode node) {
    List<JsonNode> result = new ArrayList<>();
    if (node.isTextual()) {
      result.add(node);
    }
    node.forEach(child -> result.addAll(strings(child)));
    return result;
  }
}
