package dev.furrow.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.domain.run.RunPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Run folder names against the Python SDK's {@code extract_run_id} vectors, with the default
 * pattern {@code run=*}. The vectors listed in {@link #NOT_FOLLOWED} are not followed on purpose.
 */
class RunFolderNamesTest {

  /** Vector name -> why Furrow decides the other way. */
  static final Map<String, String> NOT_FOLLOWED =
      Map.of(
          "python/extract_run_id shredded-archive/run=2012-13-11-01-11-33/",
          "kept: names are matched by the configured glob, not parsed as dates (as the Scala SDK"
              + " and Furrow's local source do)",
          "python/extract_run_id enriched/good/run=2017-07-17/",
          "kept: glob, not a date check",
          "python/extract_run_id enriched/good/run=2017-02-30-00-00-00/",
          "kept: glob, not a date check",
          "python/extract_run_id enriched/good/nur=2017-07-17-22-40-30/",
          "skipped: Python's lstrip('run=') strips a character set, a quirk not copied",
          "python/extract_run_id enriched/good/2017-07-17-22-40-30/",
          "skipped: the same lstrip quirk");

  static Stream<Arguments> extractRunIdVectors() throws IOException {
    List<Arguments> vectors = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(vectorFile())) {
      if (!line.isBlank()) {
        JsonNode vector = json.readTree(line);
        if (vector.path("function").asText().equals("extract_run_id")) {
          vectors.add(
              Arguments.of(
                  vector.get("name").asText(),
                  vector.get("input").asText(),
                  !vector.get("expected").isNull()));
        }
      }
    }
    assertTrue(vectors.size() >= 8, "extract_run_id vectors: " + vectors.size());
    return vectors.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extractRunIdVectors")
  void keepsWhatThePythonSdkKeeps_exceptWhereListed(String name, String input, boolean kept) {
    String trimmed = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
    String rootPrefix = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);

    boolean furrowKeeps =
        RunFolderNames.matchingName(rootPrefix, input, RunPattern.DEFAULT)
            .flatMap(RunFolderNames::runId)
            .isPresent();

    boolean expected = NOT_FOLLOWED.containsKey(name) ? !kept : kept;
    assertEquals(expected, furrowKeeps, NOT_FOLLOWED.getOrDefault(name, "followed"));
  }

  @Test
  void everyDeviationNamesAVector() throws IOException {
    List<String> names = extractRunIdVectors().map(a -> (String) a.get()[0]).toList();
    assertTrue(names.containsAll(NOT_FOLLOWED.keySet()), names.toString());
  }

  @Test
  void hiddenFolders_nestedPaths_andInvalidRunIds_areNotRuns() {
    RunPattern any = RunPattern.of("*");

    assertEquals(Optional.empty(), RunFolderNames.matchingName("a/", "a/_temporary/", any));
    assertEquals(Optional.empty(), RunFolderNames.matchingName("a/", "a/.hidden/", any));
    assertEquals(Optional.empty(), RunFolderNames.matchingName("a/", "a//", any));
    assertEquals(Optional.empty(), RunFolderNames.matchingName("a/", "b/run=1/", any));
    assertEquals(Optional.of("run=1"), RunFolderNames.matchingName("a/", "a/run=1/", any));
    assertEquals(Optional.of("x y"), RunFolderNames.matchingName("", "x y/", any));
    assertEquals(Optional.empty(), RunFolderNames.runId("a\\b"));
  }

  private static Path vectorFile() {
    String shared = System.getProperty("furrow.shared.dir");
    if (shared == null || shared.isBlank()) {
      throw new IllegalStateException("System property furrow.shared.dir is not set");
    }
    Path file = Path.of(shared, "conformance", "run-manifests.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Conformance vectors missing: " + file);
    }
    return file;
  }
}
