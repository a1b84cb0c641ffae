package dev.furrow.spark;

import dev.furrow.domain.local.LocalRunFiles;
import dev.furrow.domain.run.RunFolder;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lister: the data files of a run folder on any Hadoop file system, by the rules of {@link
 * LocalRunFiles}: regular files anywhere below the folder, none of whose path parts (below the
 * folder) starts with {@code .} or {@code _}; plain text or gzip only.
 */
final class RunFiles {

  private static final Set<String> UNSUPPORTED =
      Set.of(".bz2", ".lz4", ".lzo", ".snappy", ".zst", ".zstd", ".deflate", ".xz", ".zip");

  private RunFiles() {}

  /**
   * The data files of {@code run}, sorted, as paths Spark reads literally (glob characters
   * escaped).
   *
   * @throws UncheckedIOException naming the folder when it is missing or cannot be listed
   * @throws IllegalArgumentException for a file compressed in a format other than gzip
   */
  static List<String> list(RunFolder run, Configuration hadoop) {
    Path root = new Path(run.location());
    List<String> files = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      Path qualifiedRoot = fs.makeQualified(root);
      String prefix = qualifiedRoot.toUri().getPath();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualifiedRoot, true);
      while (it.hasNext()) {
        LocatedFileStatus status = it.next();
        if (!status.isFile() || isHidden(relativeParts(prefix, status.getPath()))) {
          continue;
        }
        checkSupported(status.getPath());
        files.add(escapeGlob(status.getPath().toString()));
      }
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException("Run folder " + run.location() + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot list the files of run folder " + run.location() + ": " + e.getMessage(), e);
    }
    files.sort(null);
    return List.copyOf(files);
  }

  private static String[] relativeParts(String rootPath, Path file) {
    String path = file.toUri().getPath();
    String relative = path.startsWith(rootPath) ? path.substring(rootPath.length()) : path;
    return relative.replaceFirst("^/+", "").split("/");
  }

  private static boolean isHidden(String[] parts) {
    for (String part : parts) {
      if (LocalRunFiles.isHidden(part)) {
        return true;
      }
    }
    return false;
  }

  private static void checkSupported(Path file) {
    String name = file.getName().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot >= 0 && UNSUPPORTED.contains(name.substring(dot))) {
      throw new IllegalArgumentException(
          "Unsupported compression for data file " + file + " (only plain text and .gz are read)");
    }
  }

  /** Escapes Hadoop glob characters so Spark reads the path literally. */
  static String escapeGlob(String path) {
    StringBuilder escaped = new StringBuilder(path.length());
    for (char c : path.toCharArray()) {
      if ("{}[]*?\\".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
