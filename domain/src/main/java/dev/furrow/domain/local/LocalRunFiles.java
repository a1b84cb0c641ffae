package dev.furrow.domain.local;

import dev.furrow.domain.run.RunFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Utility: the data files of a local run folder and their lines, for every component that reads
 * runs without Spark (the in-memory engine, the CLI).
 *
 * <p>Data files are the regular files anywhere below the run folder whose names do not start with
 * {@code .} or {@code _} (so {@code _SUCCESS} markers, {@code .crc} side files and hidden
 * directories are skipped). A name ending in {@code .gz} is read as gzip; any other name as plain
 * UTF-8 text. Names of other compression formats fail instead of being read as garbage.
 */
public final class LocalRunFiles {

  private static final int BUFFER = 1 << 16;
  private static final Set<String> UNSUPPORTED =
      Set.of(".bz2", ".lz4", ".lzo", ".snappy", ".zst", ".zstd", ".deflate", ".xz", ".zip");

  private LocalRunFiles() {}

  /** Whether a file or folder name is hidden from listings: it starts with '.' or '_'. */
  public static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /** The data files of a local run folder, sorted by path. */
  public static List<Path> dataFiles(RunFolder run) {
    return dataFiles(Path.of(run.location()));
  }

  /**
   * The data files below {@code runDir} (recursively), sorted by path. Fails with {@link
   * UncheckedIOException} naming the folder when it is missing or unreadable, and with {@link
   * IllegalArgumentException} for a file compressed in a format other than gzip.
   */
  public static List<Path> dataFiles(Path runDir) {
    if (!Files.isDirectory(runDir)) {
      throw new UncheckedIOException(
          new NoSuchFileException(runDir.toString(), null, "run folder does not exist"));
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(runDir)) {
      walk.filter(p -> !p.equals(runDir))
          .filter(p -> !hasHiddenPart(runDir.relativize(p)))
          .filter(Files::isRegularFile)
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException(
          "Cannot list the files of run folder " + runDir + ": " + e.getMessage(),
          e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
    }
    for (Path file : files) {
      checkSupported(file);
    }
    files.sort(null);
    return List.copyOf(files);
  }

  /**
   * Opens a data file as UTF-8 text, gunzipping {@code .gz} files; malformed bytes become U+FFFD.
   */
  public static BufferedReader openReader(Path file) throws IOException {
    checkSupported(file);
    InputStream in = Files.newInputStream(file);
    try {
      if (isGzip(file)) {
        in = new GZIPInputStream(in, BUFFER);
      }
    } catch (IOException e) {
      in.close();
      throw new IOException("Cannot read gzip file " + file + ": " + e.getMessage(), e);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
  }

  /**
   * The lines of one data file (terminators {@code \n}, {@code \r\n} and {@code \r} removed), read
   * lazily; close the stream to close the file. Read errors surface as {@link UncheckedIOException}
   * naming the file.
   */
  public static Stream<String> lines(Path file) {
    BufferedReader reader;
    try {
      reader = openReader(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open data file " + file + ": " + e.getMessage(), e);
    }
    Spliterator<String> lines =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super String> action) {
            String line;
            try {
              line = reader.readLine();
            } catch (IOException e) {
              throw new UncheckedIOException(
                  "Cannot read data file " + file + ": " + e.getMessage(), e);
            }
            if (line == null) {
              return false;
            }
            action.accept(line);
            return true;
          }
        };
    return StreamSupport.stream(lines, false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException("Cannot close data file " + file, e);
              }
            });
  }

  /** The lines of every data file of a run, file after file in path order; close when done. */
  public static Stream<String> lines(RunFolder run) {
    return dataFiles(run).stream().flatMap(LocalRunFiles::lines);
  }

  private static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  private static void checkSupported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot >= 0 && UNSUPPORTED.contains(name.substring(dot))) {
      throw new IllegalArgumentException(
          "Unsupported compression for data file " + file + " (only plain text and .gz are read)");
    }
  }

  private static boolean hasHiddenPart(Path relative) {
    for (Path part : relative) {
      if (isHidden(part.toString())) {
        return true;
      }
    }
    return false;
  }
}
