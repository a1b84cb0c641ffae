package dev.furrow.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S3 path splitting against the Snowplow SDKs' conformance vectors ({@code
 * <furrow.shared.dir>/conformance/run-manifests.jsonl}, functions {@code split_full_path}, {@code
 * splitFullPath} and {@code normalize_prefix}).
 *
 * <p>Followed on purpose only in part: for an unsupported scheme Furrow reports the Scala SDK's
 * message (it names the path); the Python vector's message is not matched, only its error kind.
 */
class S3LocationTest {

  private static final Set<String> SPLIT = Set.of("split_full_path", "splitFullPath");

  /** Vectors whose error kind is followed but whose exact message is the other SDK's. */
  private static final Set<String> MESSAGE_NOT_FOLLOWED =
      Set.of("python/split_full_path unsupported scheme");

  static Stream<Arguments> splitVectors() throws IOException {
    List<Arguments> vectors = new ArrayList<>();
    for (JsonNode vector : vectors()) {
      if (SPLIT.contains(vector.path("function").asText())) {
        vectors.add(Arguments.of(vector.get("name").asText(), vector));
      }
    }
    assertTrue(vectors.size() >= 10, "split vectors found: " + vectors.size());
    return vectors.stream();
  }

  static Stream<Arguments> normalizeVectors() throws IOException {
    List<Arguments> vectors = new ArrayList<>();
    for (JsonNode vector : vectors()) {
      if (vector.path("function").asText().equals("normalize_prefix")) {
        vectors.add(Arguments.of(vector.get("input").asText(), vector.get("expected").asText()));
      }
    }
    assertFalse(vectors.isEmpty(), "normalize_prefix vectors");
    return vectors.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("splitVectors")
  void splitsLikeTheSdks(String name, JsonNode vector) {
    String input = vector.get("input").asText();
    if (vector.has("error")) {
      assertEquals("unsupported_scheme", vector.get("error").asText());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> S3Location.parse(input));
      if (!MESSAGE_NOT_FOLLOWED.contains(name)) {
        assertEquals(vector.get("error_messages").get(0).asText(), e.getMessage());
      }
      return;
    }
    S3Location location = S3Location.parse(input);
    JsonNode expected = vector.get("expected");
    assertEquals(expected.get(0).asText(), location.bucket());
    Optional<String> prefix =
        expected.get(1).isNull() ? Optional.empty() : Optional.of(expected.get(1).asText());
    assertEquals(prefix, location.prefix());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("normalizeVectors")
  void prefixGetsOneTrailingSlash(String input, String expected) {
    assertEquals(Optional.of(expected), S3Location.parse("s3://bucket/" + input).prefix());
  }

  @Test
  void keepsTheSchemeAsWritten_andPrintsWithATrailingSlash() {
    S3Location location = S3Location.parse("s3a://bucket/enriched/good");

    assertEquals("s3a", location.scheme());
    assertEquals("s3a://bucket/enriched/good/", location.toString());
    assertEquals("s3://bucket/", S3Location.parse("s3://bucket").toString());
  }

  @Test
  void uriOfAKey_readsS3nThroughS3a_andEncodesWhatAUriCannotHold() {
    URI plain = S3Location.parse("s3n://b/enriched/").uriOf("enriched/run=2017-07-17-22-40-30/");
    URI spaced = S3Location.parse("s3a://b/x/").uriOf("x/run 1/");

    assertEquals("s3a://b/enriched/run=2017-07-17-22-40-30/", plain.toString());
    assertEquals("s3a://b/x/run%201/", spaced.toString());
    assertEquals("/x/run 1/", spaced.getPath());
    assertEquals("s3://b/p/q/", S3Location.parse("s3://b/p").uriOf("p/q/").toString());
  }

  @Test
  void rejectsAPathWithoutBucket() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> S3Location.parse("s3a:///enriched/"));
    assertEquals("S3 path [s3a:///enriched/] has no bucket name", e.getMessage());
  }

  @Test
  void rejectsLocalAndOtherPaths() {
    for (String path : List.of("/data/enriched", "file:///data", "S3://bucket/x", "s3:/bucket")) {
      assertThrows(IllegalArgumentException.class, () -> S3Location.parse(path), path);
    }
  }

  private static List<JsonNode> vectors() throws IOException {
    String shared = System.getProperty("furrow.shared.dir");
    if (shared == null || shared.isBlank()) {
      throw new IllegalStateException(
          "System property furrow.shared.dir is not set (the build sets it to ../shared)");
    }
    Path file = Path.of(shared, "conformance", "run-manifests.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Conformance vectors missing: " + file);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> vectors = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        vectors.add(json.readTree(line));
      }
    }
    return vectors;
  }
}
