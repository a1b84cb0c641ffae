package dev.furrow.spark;

import dev.furrow.domain.event.Field;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.testing.SampleTraffic;
import dev.furrow.domain.testing.TestEvents;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Fixture: run folders on disk for engine tests. Each run mixes sample traffic with natural
 * duplicates (identical lines, and same id + fingerprint with another etl time), synthetic
 * duplicates (same id, other fingerprint), repeated events without fingerprint, malformed lines
 * (one of them twice) and a CRLF line; files are plain and gzipped, nested, next to hidden files
 * and markers that must not be read.
 */
final class RunFixture {

  static final RunId RUN_A = RunId.of("run=2024-05-01-10-00-00");
  static final RunId RUN_B = RunId.of("run=2024-05-01-11-00-00");
  static final RunId RUN_EMPTY = RunId.of("run=2024-05-01-12-00-00");

  private RunFixture() {}

  /**
   * The three runs (A: plain + gzip + nested; B: gzip; EMPTY: a marker only) under {@code root}.
   */
  static List<RunFolder> write(Path root) {
    Path a = root.resolve(RUN_A.value());
    List<String> linesA = runLines(11, 160);
    int third = linesA.size() / 3;
    writePlain(a.resolve("part-00000"), linesA.subList(0, third), "\n");
    writeGzip(a.resolve("part-00001.gz"), linesA.subList(third, 2 * third));
    writePlain(a.resolve("sub/part-00002"), linesA.subList(2 * third, linesA.size()), "\r\n");
    writeHiddenNoise(a);

    Path b = root.resolve(RUN_B.value());
    writeGzip(b.resolve("part-00000.gz"), runLines(22, 90));
    writeHiddenNoise(b);

    Path empty = root.resolve(RUN_EMPTY.value());
    writePlain(empty.resolve("_SUCCESS"), List.of(), "\n");

    return List.of(folder(root, RUN_A), folder(root, RUN_B), folder(root, RUN_EMPTY));
  }

  static RunFolder folder(Path root, RunId id) {
    return new RunFolder(id, root.resolve(id.value()).toUri());
  }

  /** Sample traffic plus duplicates and malformed lines, shuffled deterministically. */
  static List<String> runLines(long seed, int count) {
    List<String> sample = SampleTraffic.lines(seed, count);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sample.size(); i++) {
      String line = sample.get(i);
      // Two events in three carry a fingerprint.
      lines.add(i % 3 == 2 ? line : withField(line, Field.EVENT_FINGERPRINT, "fp-" + seed + i));
    }
    List<String> extra = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String line = lines.get(i * 7);
      boolean fingerprinted = (i * 7) % 3 != 2;
      // The same line again: a natural duplicate, or a kept repeat when it has no fingerprint.
      extra.add(line);
      if (fingerprinted && i % 2 == 0) {
        // Same id and fingerprint, other etl time: a natural duplicate with another line.
        String etl = i % 4 == 0 ? "2024-04-30 01:00:00.000" : "2024-05-03 09:00:00.000";
        extra.add(withField(line, Field.ETL_TSTAMP, etl));
      }
      if (fingerprinted && i % 3 == 0) {
        // Same id, other fingerprint: a synthetic duplicate, kept.
        extra.add(withField(line, Field.EVENT_FINGERPRINT, "other-" + seed + i));
      }
    }
    lines.addAll(extra);
    lines.addAll(
        List.of(
            "",
            "not a tsv line",
            "not a tsv line",
            "a\tb\tc",
            withField(lines.get(1), Field.TXN_ID, "not-a-number"),
            withField(lines.get(2), Field.COLLECTOR_TSTAMP, "")));
    lines.addAll(edgeLines(seed));
    // Deterministic shuffle so duplicates are spread over files and partitions.
    List<String> shuffled = new ArrayList<>(lines);
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
    return shuffled;
  }

  /**
   * Events with values whose order or precision Spark's own types would get wrong: -0.0 next to
   * 0.0, NaN, sums that are not exact in doubles, timestamps with nanoseconds, before 1970 and at
   * the end of the Instant range, titles outside the Basic Multilingual Plane.
   */
  static List<String> edgeLines(long seed) {
    String[][] edges = {
      {"-0.0", "\uD83D\uDE00 grin", "2024-05-01 10:00:00.123456789", "1"},
      {"0.0", "\uFF01 bang", "1969-12-31 23:59:59.999999999", "2"},
      {"NaN", "plain", "1900-01-01 00:00:00.5", "3"},
      {"0.1", "\u00e9t\u00e9", "2024-05-01 23:59:59.999999999", "2"},
      {"0.2", "\u00e9t\u00e9", "+999999-12-31 23:59:59.999999999", "1"},
      {"1.0E-300", "zzz", "2024-05-02 00:00:00.000000001", "1"},
      {"-7.25", "\uD83D\uDE00 grin", "2024-05-01 10:00:00.123456788", "4"},
    };
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < edges.length; i++) {
      String line =
          TestEvents.structEvent()
              .structured("shop", "buy", "gift-" + (i % 3))
              .field(Field.SE_VALUE, edges[i][0])
              .title(edges[i][1])
              .pageViewId("pv-edge-" + (i % 2))
              .fingerprint(i % 2 == 0 ? "fp-edge-" + seed + i : null)
              .line();
      line = withField(line, Field.DERIVED_TSTAMP, edges[i][2]);
      lines.add(withField(line, Field.DOMAIN_SESSIONIDX, edges[i][3]));
    }
    return lines;
  }

  /** {@code line} with one field's raw text replaced. */
  static String withField(String line, Field field, String raw) {
    String[] fields = line.split("\t", -1);
    fields[field.ordinal()] = raw;
    return String.join("\t", Arrays.asList(fields));
  }

  static void writePlain(Path file, List<String> lines, String terminator) {
    try {
      Files.createDirectories(file.getParent());
      StringBuilder text = new StringBuilder();
      lines.forEach(l -> text.append(l).append(terminator));
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeGzip(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        for (String line : lines) {
          out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files a reader must skip: they would be bad rows if read. */
  private static void writeHiddenNoise(Path run) {
    writePlain(run.resolve("_SUCCESS"), List.of("marker"), "\n");
    writePlain(run.resolve(".notes"), List.of("hidden noise"), "\n");
    writePlain(run.resolve("_temporary/0/part-00009"), List.of("half-written"), "\n");
  }
}
