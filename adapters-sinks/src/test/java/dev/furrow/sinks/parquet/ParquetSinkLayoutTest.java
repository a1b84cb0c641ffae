package dev.furrow.sinks.parquet;

import static dev.furrow.domain.sink.SinkFixtures.ALL_TYPES;
import static dev.furrow.domain.sink.SinkFixtures.RUN_A;
import static dev.furrow.domain.sink.SinkFixtures.RUN_B;
import static dev.furrow.domain.sink.SinkFixtures.VARIED;
import static dev.furrow.domain.sink.SinkFixtures.assertSameRows;
import static dev.furrow.domain.sink.SinkFixtures.row;
import static dev.furrow.sinks.parquet.ParquetWrites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.sinks.FileSinkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the Parquet sink puts its files and what they hold, beyond the sink contract. */
class ParquetSinkLayoutTest {

  @TempDir Path root;

  @Test
  void write_createsOnePartFileInTheEscapedRunDirectoryOfTheModel() throws IOException {
    try (ParquetSink sink = ParquetSink.open(FileSinkSettings.at(root.toString()))) {
      sink.write(RUN_A, ALL_TYPES, VARIED.iterator());
    }

    assertEquals(
        List.of("sink_contract_all_types/run_id=run%3D2024-05-01-09-00-00/part-00000.parquet"),
        allFiles(root));
  }

  @Test
  void files_declareEachColumnWithItsParquetType_optional_snappy_andNoRunIdColumn() {
    write(FileSinkSettings.at(root.toString()), RUN_A, VARIED);

    Path file = ParquetFiles.runDirectory(root, ALL_TYPES, RUN_A).resolve("part-00000.parquet");
    ParquetMetadata footer = ParquetFiles.footer(file);
    MessageType schema = footer.getFileMetaData().getSchema();
    List<String> declared = new ArrayList<>();
    for (Type field : schema.getFields()) {
      assertEquals(Type.Repetition.OPTIONAL, field.getRepetition(), field.getName());
      declared.add(
          field.getName()
              + " "
              + field.asPrimitiveType().getPrimitiveTypeName()
              + " "
              + field.getLogicalTypeAnnotation());
    }
    assertEquals(
        List.of(
            "page BINARY STRING",
            "report_date INT32 DATE",
            "hour INT32 null",
            "is_mobile BOOLEAN null",
            "events INT64 null",
            "revenue DOUBLE null",
            "last_seen INT64 TIMESTAMP(MICROS,true)"),
        declared);
    for (BlockMetaData block : footer.getBlocks()) {
      for (ColumnChunkMetaData chunk : block.getColumns()) {
        assertEquals(CompressionCodecName.SNAPPY, chunk.getCodec(), chunk.getPath().toString());
      }
    }
    Map<String, String> metadata = footer.getFileMetaData().getKeyValueMetaData();
    assertEquals("sink_contract_all_types", metadata.get("furrow.model"));
    assertEquals(RUN_A.value(), metadata.get("furrow.run_id"));
  }

  @Test
  void largeRun_isSplitIntoSeveralPartFiles_ofSeveralRowGroups() {
    FileSinkSettings small = FileSinkSettings.at(root.toString()).withSizes(256 << 10, 64 << 10);

    long written = write(small, RUN_A, 120_000);

    List<Path> files = ParquetFiles.parquetFiles(ParquetFiles.runDirectory(root, ALL_TYPES, RUN_A));
    assertTrue(files.size() >= 3, "part files: " + files);
    for (int i = 0; i < files.size(); i++) {
      assertEquals(String.format("part-%05d.parquet", i), files.get(i).getFileName().toString());
    }
    assertTrue(ParquetFiles.footer(files.get(0)).getBlocks().size() >= 2, "row groups");
    long rows =
        files.stream()
            .mapToLong(
                f ->
                    ParquetFiles.footer(f).getBlocks().stream()
                        .mapToLong(BlockMetaData::getRowCount)
                        .sum())
            .sum();
    assertEquals(120_000, written);
    assertEquals(120_000, rows);
  }

  @Test
  void emptyRun_writesOneFileWithTheSchemaAndNoRows() {
    write(FileSinkSettings.at(root.toString()), RUN_A, List.of());

    List<Path> files = ParquetFiles.parquetFiles(ParquetFiles.runDirectory(root, ALL_TYPES, RUN_A));
    assertEquals(1, files.size());
    ParquetMetadata footer = ParquetFiles.footer(files.get(0));
    assertEquals(7, footer.getFileMetaData().getSchema().getFieldCount());
    assertEquals(0, footer.getBlocks().stream().mapToLong(BlockMetaData::getRowCount).sum());
  }

  @Test
  void timestamps_keepMicroseconds_andDropNanosecondsTowardsThePast() {
    ModelRow nanos = rowAt(Instant.parse("2024-01-01T00:00:00.123456789Z"));
    ModelRow beforeEpoch = rowAt(Instant.parse("1969-12-31T23:59:59.999999999Z"));

    write(FileSinkSettings.at(root.toString()), RUN_A, List.of(nanos, beforeEpoch));

    assertSameRows(
        List.of(
            rowAt(Instant.parse("2024-01-01T00:00:00.123456Z")),
            rowAt(Instant.parse("1969-12-31T23:59:59.999999Z"))),
        readRun(RUN_A));
  }

  @Test
  void rowOfTheWrongType_failsTheWrite_namingTheColumn_andKeepsThePreviousVersion() {
    FileSinkSettings settings = FileSinkSettings.at(root.toString());
    write(settings, RUN_A, VARIED);
    List<ModelRow> bad = new ArrayList<>(VARIED);
    bad.add(ModelRow.of("page", null, "ten", null, null, null, null));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> write(settings, RUN_A, bad));

    assertTrue(e.getMessage().contains("column hour is INT"), e.getMessage());
    assertSameRows(VARIED, readRun(RUN_A));
  }

  @Test
  void rowWithTooFewValues_failsTheWrite() {
    List<ModelRow> bad = List.of(ModelRow.of("page", null));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> write(FileSinkSettings.at(root.toString()), RUN_A, bad));

    assertTrue(e.getMessage().contains("2 values for 7 columns"), e.getMessage());
    assertFalse(Files.exists(ParquetFiles.runDirectory(root, ALL_TYPES, RUN_A)));
  }

  @Test
  void runDirectory_isWhereTheFilesAre() {
    try (ParquetSink sink = ParquetSink.open(FileSinkSettings.at(root.toString()))) {
      sink.write(RUN_B, ALL_TYPES, Collections.emptyIterator());

      String directory = sink.runDirectory(ALL_TYPES, RUN_B);

      assertTrue(directory.startsWith("file:/"), directory);
      assertTrue(
          directory.endsWith(root + "/sink_contract_all_types/run_id=run%3D2024-05-01-10-00-00"),
          directory);
    }
  }

  private List<ModelRow> readRun(RunId run) {
    return ParquetFiles.readDirectory(ParquetFiles.runDirectory(root, ALL_TYPES, run), ALL_TYPES);
  }

  private static ModelRow rowAt(Instant lastSeen) {
    return row("p", null, null, null, null, null, lastSeen);
  }

  private static List<String> allFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
