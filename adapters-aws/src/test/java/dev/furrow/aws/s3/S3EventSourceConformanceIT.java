package dev.furrow.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsServersExtension;
import dev.furrow.aws.TestServers;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * The SDKs' {@code list_runids} scenario from the conformance vectors (mixed folders, one archived
 * run, two listing pages), replayed on the S3 test server.
 *
 * <p>Furrow follows the Python SDK (filter by name, Glacier probe of 3 keys, trailing slash) with
 * one deliberate difference: names are filtered by the configured glob ({@code run=*}), not parsed
 * as dates, so {@code run=2017-13-01-00-00-00} is kept (as the Scala SDK keeps it); the Python
 * SDK's {@code lstrip('run=')} quirks are not copied. Results are run ids with {@code s3a://}
 * locations rather than bucket-less prefixes, sorted by run id.
 */
@ExtendWith(AwsServersExtension.class)
class S3EventSourceConformanceIT {

  /** Folders whose name is not a valid date but matches {@code run=*}: kept on purpose. */
  private static final List<String> KEPT_UNLIKE_PYTHON = List.of("run=2017-13-01-00-00-00");

  @Test
  void listRunIdsScenario_matchesThePythonSdk_exceptForTheDateCheck() throws Exception {
    JsonNode vector = scenario();
    JsonNode input = vector.get("input");
    S3Location path = S3Location.parse(input.get("full_path").asText());
    try (S3Client s3 = AwsClients.s3(TestServers.awsSettings())) {
      TestBucket bucket = TestBucket.create(s3);
      for (Map.Entry<String, JsonNode> folder : input.get("objects_by_prefix").properties()) {
        for (JsonNode object : folder.getValue()) {
          JsonNode storage = object.get("StorageClass");
          bucket.put(
              object.get("Key").asText(),
              storage.isNull() ? StorageClass.STANDARD : StorageClass.fromValue(storage.asText()));
        }
      }
      int firstPage = input.get("common_prefix_pages").get(0).size();
      S3Location root = S3Location.parse("s3://" + bucket.name() + "/" + path.prefixOrEmpty());

      List<RunFolder> runs =
          new S3EventSource(
                  s3, root, RunPattern.DEFAULT, ListingOptions.DEFAULT.withPageSize(firstPage))
              .listRuns();

      List<String> expected = new ArrayList<>(KEPT_UNLIKE_PYTHON);
      for (JsonNode prefix : vector.get("expected_by_sdk").get("python_0.2.3")) {
        String p = prefix.asText();
        expected.add(p.substring(path.prefixOrEmpty().length(), p.length() - 1));
      }
      assertEquals(
          expected.stream().sorted().toList(), runs.stream().map(r -> r.id().value()).toList());
      for (RunFolder run : runs) {
        assertEquals(
            "s3://" + bucket.name() + "/" + path.prefixOrEmpty() + run.id() + "/",
            run.location().toString());
      }
    }
  }

  private static JsonNode scenario() throws Exception {
    String shared = System.getProperty("furrow.shared.dir");
    if (shared == null) {
      throw new IllegalStateException("System property furrow.shared.dir is not set");
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(shared, "conformance", "run-manifests.jsonl"))) {
      if (!line.isBlank() && line.contains("list_runids scenario")) {
        return json.readTree(line);
      }
    }
    throw new IllegalStateException("No list_runids scenario in the conformance vectors");
  }
}
