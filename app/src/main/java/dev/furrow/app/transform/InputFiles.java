package dev.furrow.app.transform;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Utility: the files named on the command line and how to read them.
 *
 * <p>A directory stands for all regular files below it, recursively, in path order, skipping
 * entries whose name starts with {@code .} or {@code _} (hidden files, {@code _SUCCESS} markers). A
 * file named explicitly is always read. Gzip input is recognised by its magic bytes, whatever its
 * name, so {@code .gz} files and gzip on stdin are read transparently.
 */
public final class InputFiles {

  private static final int BUFFER = 1 << 16;

  private InputFiles() {}

  /**
   * Expands files and directories into the files to read.
   *
   * @throws NoSuchFileException naming the first path that does not exist
   */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> !p.equals(path))
              .filter(p -> !hidden(path.relativize(p)))
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such file or directory");
      }
    }
    return files;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Opens a file as UTF-8 lines, gunzipping it when it is gzip. */
  public static BufferedReader open(Path file) throws IOException {
    return open(Files.newInputStream(file));
  }

  /**
   * Reads {@code in} as UTF-8 lines, gunzipping it when it starts with the gzip magic bytes.
   * Malformed UTF-8 becomes U+FFFD (the line is then judged by the parser, not lost).
   */
  public static BufferedReader open(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
    InputStream content = buffered;
    try {
      if (isGzip(buffered)) {
        content = new GZIPInputStream(buffered, BUFFER);
      }
    } catch (IOException e) {
      buffered.close();
      throw e;
    }
    return new BufferedReader(
        new InputStreamReader(
            content,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        BUFFER);
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b;
  }
}
