package dev.furrow.app.bench;

import static org.apache.spark.sql.functions.col;

import dev.furrow.domain.event.Field;
import dev.furrow.domain.event.FieldType;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Benchmark engine: Spark's CSV reader (TAB separator, quoting off, explicit schema: TIMESTAMP for
 * the timestamp columns, STRING for the rest) and the seed SQL as DataFrame operations.
 *
 * <p>{@code mode=DROPMALFORMED} drops lines whose needed columns cannot be converted; Spark's CSV
 * reader prunes columns, so only the columns the query reads are converted.
 *
 * <p>Usage: {@code SparkCsvBench SOURCE_DIR OUT_TSV}
 */
public final class SparkCsvBench {

  private SparkCsvBench() {}

  public static void main(String[] args) throws Exception {
    List<String> files = BenchInput.files(Path.of(args[0]));
    StructType schema = new StructType();
    for (Field field : Field.all()) {
      schema =
          schema.add(
              field.columnName(),
              field.type() == FieldType.TIMESTAMP ? DataTypes.TimestampType : DataTypes.StringType,
              true);
    }
    SparkSession spark = SparkBench.session("spark-csv");
    try {
      Dataset<Row> events =
          spark
              .read()
              .schema(schema)
              .option("sep", "\t")
              .option("quote", "")
              .option("header", "false")
              .option("mode", "DROPMALFORMED")
              .option("timestampFormat", "yyyy-MM-dd HH:mm:ss[.SSSSSS]")
              .csv(files.toArray(String[]::new));
      SparkBench.aggregateAndWrite(
          events, col("derived_tstamp"), col("etl_tstamp"), Path.of(args[1]));
    } finally {
      spark.stop();
    }
  }
}
