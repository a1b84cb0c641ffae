package dev.furrow.app.cli;

import dev.furrow.app.config.ConfigurationException;
import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.sample.EmbeddedSample;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Fills in the embedded sample as the source when {@code furrow.source.path} is not set. */
final class SourceChoice {

  private SourceChoice() {}

  static FurrowSettings resolve(FurrowSettings settings, PrintStream out) {
    return switch (settings.source().type()) {
      case S3 -> {
        // Checked when listed: S3 has no directories to look at beforehand.
        out.println("Source: " + settings.source().s3Location());
        yield settings;
      }
      case LOCAL -> resolveLocal(settings, settings.source().localPath(), out);
    };
  }

  private static FurrowSettings resolveLocal(
      FurrowSettings settings, Optional<Path> path, PrintStream out) {
    if (path.isPresent()) {
      Path root = path.get().toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        throw new ConfigurationException(
            "furrow.source.path: " + root + " is not a directory (it should hold the run folders)");
      }
      out.println("Source: " + root);
      return settings;
    }
    Path target = settings.samplePath().toAbsolutePath().normalize();
    EmbeddedSample.extractTo(target);
    out.println(
        "Source: the sample runs shipped with Furrow, extracted to "
            + target
            + " (set furrow.source.path to read your own runs)");
    return settings.withSourcePath(target);
  }
}
