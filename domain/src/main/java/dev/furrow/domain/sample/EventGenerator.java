package dev.furrow.domain.sample;

import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sample.GenerationSummary.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Generator: writes realistic Snowplow enriched events (web traffic of a shop: page views, page
 * pings, link clicks, structured events, a few server-side events) into Snowplow-style run folders
 * {@code run=yyyy-MM-dd-HH-mm-ss/part-NNNNN.tsv[.gz]} plus a {@code _SUCCESS} marker.
 *
 * <p>Deterministic: the same options always produce byte-identical files. Optionally mixes in
 * natural duplicates, synthetic duplicates and malformed lines (see {@link GeneratorOptions}).
 * Refuses to write into an existing run folder.
 */
public final class EventGenerator {

  static final double MALFORMED_SHARE = 0.003;
  static final double SYNTHETIC_SHARE = 0.002;
  static final int NATURAL_PER_MILLE = 5;
  static final int SERVER_PERCENT = 2;
  private static final DateTimeFormatter RUN_NAME =
      DateTimeFormatter.ofPattern("'run='yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);
  private static final long ETL_DELAY_MILLIS = 192_345;
  private static final int RECENT_IDS = 256;

  private final GeneratorOptions options;
  private final SplittableRandom random;
  private final Visitors visitors;
  private final Traffic traffic;
  private final EventLines render;
  private final ByteLine line = new ByteLine(8192);
  private final long[] recentIds = new long[2 * RECENT_IDS];

  private EventGenerator(GeneratorOptions options) {
    this.options = options;
    this.random = new SplittableRandom(options.seed());
    long total = options.linesPerRun() * options.runs();
    this.visitors =
        new Visitors(options.seed(), (int) Math.max(50, Math.min(1_000_000, total / 25)));
    this.traffic = new Traffic(random, visitors);
    this.render = new EventLines(random);
  }

  /** Writes {@code runs} hourly runs of {@code linesPerRun} lines each under {@code out}. */
  public static GenerationSummary generate(
      Path out, int runs, long linesPerRun, long seed, boolean gzip) {
    return generate(out, GeneratorOptions.of(runs, linesPerRun, seed).withGzip(gzip));
  }

  /**
   * Writes the runs described by {@code options} under {@code out} (created if missing). Fails with
   * {@link UncheckedIOException} on write errors and {@link IllegalStateException} when a run
   * folder already exists.
   */
  public static GenerationSummary generate(Path out, GeneratorOptions options) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    try {
      return new EventGenerator(options).writeAll(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write sample events under " + out + ": " + e, e);
    }
  }

  /** The run id of the run at {@code time}: {@code run=yyyy-MM-dd-HH-mm-ss} in UTC. */
  public static RunId runIdAt(Instant time) {
    return RunId.of(RUN_NAME.format(time));
  }

  private GenerationSummary writeAll(Path out) throws IOException {
    Files.createDirectories(out);
    List<RunSummary> runs = new ArrayList<>();
    for (int r = 0; r < options.runs(); r++) {
      Instant runTime = options.firstRun().plus(options.runInterval().multipliedBy(r));
      runs.add(writeRun(out, runTime));
    }
    return new GenerationSummary(runs);
  }

  private record PendingCopy(long due, long sequence, byte[] line) {}

  private RunSummary writeRun(Path out, Instant runTime) throws IOException {
    RunId runId = runIdAt(runTime);
    Path folder = out.resolve(runId.value());
    if (Files.exists(folder)) {
      throw new IllegalStateException("Run folder already exists, not overwriting it: " + folder);
    }
    Files.createDirectory(folder);
    long windowEnd = runTime.toEpochMilli();
    traffic.startWindow(windowEnd - options.runInterval().toMillis(), windowEnd);
    render.etlTime(windowEnd + ETL_DELAY_MILLIS);
    PriorityQueue<PendingCopy> pending =
        new PriorityQueue<>(
            Comparator.comparingLong(PendingCopy::due).thenComparingLong(PendingCopy::sequence));
    long target = options.linesPerRun();
    long events = 0;
    long bad = 0;
    long natural = 0;
    long synthetic = 0;
    int recent = 0; // ids remembered so far, at most RECENT_IDS
    int nextSlot = 0;
    List<Path> files;
    try (PartWriter writer = new PartWriter(folder, options.gzip(), options.linesPerPart())) {
      for (long written = 0; written < target; written++) {
        long remaining = target - written;
        if (!pending.isEmpty()
            && (pending.peek().due() <= written || pending.size() >= remaining)) {
          byte[] copy = pending.poll().line();
          writer.write(copy, copy.length);
          events++;
          natural++;
          continue;
        }
        double u = random.nextDouble();
        boolean damaged = options.malformedLines() && u < MALFORMED_SHARE;
        boolean reuseId =
            options.duplicates()
                && recent > 0
                && u >= MALFORMED_SHARE
                && u < MALFORMED_SHARE + SYNTHETIC_SHARE;
        long idHi;
        long idLo;
        if (reuseId) {
          int slot = random.nextInt(recent);
          idHi = recentIds[2 * slot];
          idLo = recentIds[2 * slot + 1];
        } else {
          idHi = random.nextLong();
          idLo = random.nextLong();
        }
        line.clear();
        renderNext(remaining, idHi, idLo);
        if (damaged) {
          BadLines.damage(line, random);
          bad++;
        } else {
          events++;
          if (reuseId) {
            synthetic++;
          } else {
            recentIds[2 * nextSlot] = idHi;
            recentIds[2 * nextSlot + 1] = idLo;
            nextSlot = (nextSlot + 1) % RECENT_IDS;
            recent = Math.min(recent + 1, RECENT_IDS);
            if (options.duplicates()
                && random.nextInt(1000) < NATURAL_PER_MILLE
                && pending.size() + 1 < remaining) {
              long due = written + 1 + random.nextInt(2_000);
              pending.add(new PendingCopy(due, written, line.toBytes()));
            }
          }
        }
        writer.write(line.array(), line.length());
      }
      files = writer.files();
    }
    Files.createFile(folder.resolve("_SUCCESS"));
    return new RunSummary(runId, folder, files, target, events, bad, natural, synthetic);
  }

  private void renderNext(long remaining, long idHi, long idLo) {
    if (random.nextInt(100) < SERVER_PERCENT) {
      render.server(line, traffic.now(), random.nextInt(visitors.size()), idHi, idLo);
      return;
    }
    PageVisit visit = traffic.next(remaining);
    render.page(line, visit, idHi, idLo);
    traffic.done(visit);
  }
}
