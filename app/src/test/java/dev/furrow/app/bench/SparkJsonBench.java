package dev.furrow.app.bench;

import static org.apache.spark.sql.functions.col;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.ParsedLine;
import dev.furrow.domain.json.EventJson;
import dev.furrow.domain.json.JsonOptions;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark engine: the path of the original Snowplow Spark tutorial. Each line is validated and
 * turned into the SDK's flat JSON (as the Scala SDK's {@code EventTransformer} did; invalid lines
 * are dropped), the JSON goes through {@code spark.read.json} (schema inferred, so the lines are
 * transformed twice, as in the tutorial) and the seed SQL runs as DataFrame operations.
 *
 * <p>Usage: {@code SparkJsonBench SOURCE_DIR OUT_TSV}
 */
public final class SparkJsonBench {

  private SparkJsonBench() {}

  public static void main(String[] args) throws Exception {
    List<String> files = BenchInput.files(Path.of(args[0]));
    SparkSession spark = SparkBench.session("spark-json");
    try {
      Dataset<String> json =
          spark
              .read()
              .textFile(files.toArray(String[]::new))
              .mapPartitions(
                  (MapPartitionsFunction<String, String>) SparkJsonBench::toJson,
                  Encoders.STRING());
      Dataset<Row> events = spark.read().json(json);
      SparkBench.aggregateAndWrite(
          events,
          col("derived_tstamp").cast("timestamp"),
          col("etl_tstamp").cast("timestamp"),
          Path.of(args[1]));
    } finally {
      spark.stop();
    }
  }

  private static Iterator<String> toJson(Iterator<String> lines) {
    EventParser parser = EventParser.validating();
    return new Iterator<>() {
      private String next = advance();

      private String advance() {
        while (lines.hasNext()) {
          ParsedLine parsed = parser.parse(lines.next());
          if (parsed instanceof EnrichedEvent event) {
            return EventJson.toJson(event, JsonOptions.LOSSY);
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public String next() {
        String current = next;
        next = advance();
        return current;
      }
    };
  }
}
