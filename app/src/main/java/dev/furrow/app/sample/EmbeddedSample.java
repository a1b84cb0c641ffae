package dev.furrow.app.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample runs shipped inside Furrow ({@code furrow-sample/} on the classpath, listed in {@code
 * furrow-sample/index.txt}), extracted to a directory so that Furrow runs with no configuration.
 */
public final class EmbeddedSample {

  /** The classpath folder of the sample. */
  public static final String RESOURCE_ROOT = "furrow-sample/";

  /** The index of the sample: one relative file path per line. */
  public static final String INDEX = RESOURCE_ROOT + "index.txt";

  private EmbeddedSample() {}

  /** The relative paths of the sample's files, as listed in its index. */
  public static List<String> files() {
    try (InputStream in = resource(INDEX);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> files = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          files.add(line.trim());
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + INDEX, e);
    }
  }

  /**
   * Copies the sample's files into {@code target}, keeping the ones already there with the same
   * size (the sample is deterministic), and returns {@code target}. Each file is written to a
   * temporary name and renamed, so an interrupted extraction never leaves a torn file.
   */
  public static Path extractTo(Path target) {
    try {
      for (String file : files()) {
        Path destination = target.resolve(file).normalize();
        if (!destination.startsWith(target.normalize())) {
          throw new IllegalStateException("Sample index entry escapes the target: " + file);
        }
        byte[] content;
        try (InputStream in = resource(RESOURCE_ROOT + file)) {
          content = in.readAllBytes();
        }
        if (Files.isRegularFile(destination) && Files.size(destination) == content.length) {
          continue;
        }
        Files.createDirectories(destination.getParent());
        Path temp = Files.createTempFile(destination.getParent(), ".extract-", ".tmp");
        Files.write(temp, content);
        Files.move(
            temp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot extract the sample runs to " + target, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = EmbeddedSample.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("Resource " + name + " is missing from the Furrow jar");
    }
    return in;
  }
}
