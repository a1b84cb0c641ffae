package dev.furrow.sinks.parquet;

import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Test fixture: reads the files of the Parquet sink back with parquet-hadoop's own example reader,
 * knowing the layout {@code <root>/<model>/run_id=<run>/*.parquet} independently of the sink.
 */
final class ParquetFiles {

  private static final Configuration CONF = new Configuration();

  private ParquetFiles() {}

  /** The directory of {@code run} as readers find it (only {@code =} is escaped in test ids). */
  static Path runDirectory(Path root, Model model, RunId run) {
    return root.resolve(model.name()).resolve("run_id=" + run.value().replace("=", "%3D"));
  }

  /** The Parquet files a {@code <root>/<model>/*}{@code /*.parquet} glob matches, sorted. */
  static List<Path> visibleFiles(Path root, Model model) {
    Path table = root.resolve(model.name());
    if (!Files.isDirectory(table)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(table, 2)) {
      return files
          .filter(p -> p.getNameCount() == table.getNameCount() + 2)
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows in the Parquet files of {@code directory}, file by file; none when it is absent. */
  static List<ModelRow> readDirectory(Path directory, Model model) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<ModelRow> rows = new ArrayList<>();
    for (Path file : parquetFiles(directory)) {
      rows.addAll(readFile(file, model));
    }
    return rows;
  }

  /** The rows of every run directory of {@code model}, by run. */
  static Map<RunId, List<ModelRow>> readAll(Path root, Model model) {
    Map<RunId, List<ModelRow>> all = new TreeMap<>();
    Path table = root.resolve(model.name());
    if (!Files.isDirectory(table)) {
      return all;
    }
    try (Stream<Path> dirs = Files.list(table)) {
      dirs.filter(d -> d.getFileName().toString().startsWith("run_id="))
          .forEach(
              d -> {
                String run = d.getFileName().toString().substring(7).replace("%3D", "=");
                all.put(RunId.of(run), readDirectory(d, model));
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  static List<Path> parquetFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ModelRow> readFile(Path file, Model model) {
    List<ColumnType> types = model.columns().stream().map(c -> c.type()).toList();
    List<ModelRow> rows = new ArrayList<>();
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), hadoopPath(file)).withConf(CONF).build()) {
      for (Group group = reader.read(); group != null; group = reader.read()) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
          values.add(group.getFieldRepetitionCount(i) == 0 ? null : value(group, i, types.get(i)));
        }
        rows.add(new ModelRow(values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static ParquetMetadata footer(Path file) {
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(hadoopPath(file), CONF))) {
      return reader.getFooter();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(Group group, int i, ColumnType type) {
    return switch (type) {
      case STRING -> group.getString(i, 0);
      case INT -> group.getInteger(i, 0);
      case LONG -> group.getLong(i, 0);
      case DOUBLE -> group.getDouble(i, 0);
      case BOOLEAN -> group.getBoolean(i, 0);
      case DATE -> LocalDate.ofEpochDay(group.getInteger(i, 0));
      case TIMESTAMP -> {
        long micros = group.getLong(i, 0);
        yield Instant.ofEpochSecond(
            Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
      }
    };
  }

  private static org.apache.hadoop.fs.Path hadoopPath(Path file) {
    return new org.apache.hadoop.fs.Path(file.toUri());
  }
}
