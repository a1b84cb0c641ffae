package dev.furrow.app.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.furrow.domain.job.JobReport;
import dev.furrow.domain.job.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a job's summary as JSON to {@code <dir>/<timestamp>.json}: when it ran, whether it was a
 * dry run, and per run its outcome, counts, rows per model, seconds and error. Written to a
 * temporary file and renamed, so a reader never sees half a summary.
 */
public final class SummaryJson {

  private static final DateTimeFormatter FILE_NAME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final JsonFactory JSON = new JsonFactory();

  private SummaryJson() {}

  /** Writes the summary and returns its path. */
  public static Path write(
      Path dir,
      Instant started,
      Instant finished,
      boolean dryRun,
      List<String> models,
      JobReport report,
      int exitCode)
      throws IOException {
    Files.createDirectories(dir);
    String base = FILE_NAME.format(started);
    Path target = dir.resolve(base + ".json");
    for (int i = 1; Files.exists(target); i++) {
      target = dir.resolve(base + "-" + i + ".json");
    }
    Path temp = Files.createTempFile(dir, ".summary-", ".json.tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp);
          JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("started_at", started.toString());
        json.writeStringField("finished_at", finished.toString());
        json.writeBooleanField("dry_run", dryRun);
        json.writeNumberField("exit_code", exitCode);
        json.writeArrayFieldStart("models");
        for (String model : models) {
          json.writeString(model);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("runs");
        for (RunReport run : report.runs()) {
          writeRun(json, run, models);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  private static void writeRun(JsonGenerator json, RunReport run, List<String> models)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("run_id", run.runId().value());
    json.writeStringField("outcome", run.outcome().name().toLowerCase(Locale.ROOT));
    json.writeNumberField("lines", run.counts().lines());
    json.writeNumberField("events", run.counts().events());
    json.writeNumberField("bad_lines", run.counts().badLines());
    json.writeNumberField("duplicates_dropped", run.counts().duplicatesDropped());
    json.writeObjectFieldStart("rows_by_model");
    for (String model : models) {
      Long rows = run.rowsByModel().get(model);
      if (rows != null) {
        json.writeNumberField(model, rows);
      }
    }
    json.writeEndObject();
    json.writeNumberField("seconds", run.elapsed().toMillis() / 1000.0);
    if (run.error().isPresent()) {
      json.writeStringField("error", run.error().get());
    } else {
      json.writeNullField("error");
    }
    json.writeEndObject();
  }
}
