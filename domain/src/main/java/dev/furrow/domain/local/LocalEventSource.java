package dev.furrow.domain.local;

import dev.furrow.domain.run.EventSource;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Adapter: run folders on the local file system, the immediate sub-directories of a root folder
 * whose names match a {@link RunPattern}.
 *
 * <p>Hidden entries (names starting with {@code .} or {@code _}) and plain files are ignored.
 */
public final class LocalEventSource implements EventSource {

  private final Path root;
  private final RunPattern pattern;

  public LocalEventSource(Path root, RunPattern pattern) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.pattern = Objects.requireNonNull(pattern, "pattern");
  }

  /** A source for {@code root}, a local path or a {@code file:} URI, with the given pattern. */
  public static LocalEventSource of(String root, RunPattern pattern) {
    return new LocalEventSource(toPath(root), pattern);
  }

  /** A source for {@code root}, a local path or a {@code file:} URI, with {@code run=*}. */
  public static LocalEventSource of(String root) {
    return of(root, RunPattern.DEFAULT);
  }

  /**
   * The local path named by {@code root}: a plain path, or a {@code file:} URI such as {@code
   * file:///data/enriched}. Other URI schemes (s3://, hdfs://) are rejected with a message naming
   * the root.
   */
  public static Path toPath(String root) {
    Objects.requireNonNull(root, "root");
    if (root.isBlank()) {
      throw new IllegalArgumentException("Event source root must not be empty");
    }
    if (root.startsWith("file:")) {
      try {
        return Path.of(URI.create(root));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Not a valid file: URI for the event source root: '" + root + "'", e);
      }
    }
    int colon = root.indexOf("://");
    if (colon > 0 && root.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      throw new IllegalArgumentException(
          "A local event source reads only local paths or file: URIs, not '" + root + "'");
    }
    return Path.of(root);
  }

  public Path root() {
    return root;
  }

  public RunPattern pattern() {
    return pattern;
  }

  /**
   * Lists the matching run folders, sorted by run id. Fails with {@link UncheckedIOException}
   * naming the root when it is missing, not a directory or unreadable.
   */
  @Override
  public List<RunFolder> listRuns() {
    List<RunFolder> runs = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!LocalRunFiles.isHidden(name) && pattern.matches(name) && Files.isDirectory(entry)) {
          runs.add(new RunFolder(RunId.of(name), entry.toUri()));
        }
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("Event source root does not exist: " + root, e);
    } catch (NotDirectoryException e) {
      throw new UncheckedIOException("Event source root is not a directory: " + root, e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot list event source root " + root + ": " + e.getMessage(), e);
    }
    Collections.sort(runs);
    return List.copyOf(runs);
  }

  @Override
  public String toString() {
    return "LocalEventSource[" + root + ", " + pattern + "]";
  }
}
