package dev.furrow.domain.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

/**
 * Test helper: finds the shared conformance vectors, turns each record into a dynamic test and
 * counts passed, failed and deliberately not-followed vectors per file.
 */
final class ConformanceVectors {

  /** Per file: {passed, failed, not followed}. */
  private static final Map<String, int[]> COUNTS = new TreeMap<>();

  private ConformanceVectors() {}

  /** What a vector check does with one record. */
  interface Check {
    void run(JsonNode vector) throws Exception;
  }

  /** The conformance directory; fails loudly when it cannot be found. */
  static Path directory() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getProperty("furrow.shared.dir");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Paths.get(configured, "conformance"));
    }
    candidates.add(Paths.get("..", "..", "shared", "conformance")); // from the module directory
    candidates.add(Paths.get("..", "shared", "conformance")); // from the repository root
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "Conformance vectors not found; looked in "
            + candidates.stream().map(p -> p.toAbsolutePath().normalize()).toList()
            + " (set -Dfurrow.shared.dir=<dir holding conformance/>)");
  }

  static List<JsonNode> read(String file) {
    Path path = directory().resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("Conformance file missing: " + path);
    }
    try {
      List<JsonNode> records = new ArrayList<>();
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          records.add(JsonComparison.parse(line));
        }
      }
      if (records.isEmpty()) {
        throw new IllegalStateException("Conformance file is empty: " + path);
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dynamic test that runs the check and counts the outcome. */
  static DynamicTest followed(String file, JsonNode vector, Check check) {
    String name = vector.path("name").asText();
    synchronized (COUNTS) {
      COUNTS.computeIfAbsent(file, f -> new int[3]);
    }
    return DynamicTest.dynamicTest(
        name,
        () -> {
          try {
            check.run(vector);
            count(file, 0);
          } catch (TestAbortedException e) {
            throw e;
          } catch (Throwable e) {
            count(file, 1);
            throw e;
          }
        });
  }

  /** A dynamic test, reported as skipped with the reason, for a vector not followed on purpose. */
  static DynamicTest notFollowed(String file, JsonNode vector, String reason) {
    String name = vector.path("name").asText();
    synchronized (COUNTS) {
      COUNTS.computeIfAbsent(file, f -> new int[3]);
    }
    return DynamicTest.dynamicTest(
        name + " [NOT FOLLOWED]",
        () -> {
          count(file, 2);
          System.out.println("conformance " + file + ": NOT FOLLOWED " + name + ": " + reason);
          Assumptions.abort("Not followed on purpose: " + reason);
        });
  }

  private static void count(String file, int slot) {
    synchronized (COUNTS) {
      COUNTS.computeIfAbsent(file, f -> new int[3])[slot]++;
    }
  }

  static Stream<String> summary() {
    synchronized (COUNTS) {
      return COUNTS.entrySet().stream()
          .map(
              e ->
                  "conformance "
                      + e.getKey()
                      + ": "
                      + e.getValue()[0]
                      + " passed, "
                      + e.getValue()[1]
                      + " failed, "
                      + e.getValue()[2]
                      + " not followed")
          .toList()
          .stream();
    }
  }
}
