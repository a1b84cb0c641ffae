package dev.furrow.app.cli;

import dev.furrow.app.config.ConfigurationException;
import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.sample.EmbeddedSample;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fills in the embedded sample as the source when {@code furrow.source.path} is not set. */
final class SourceChoice {

  private SourceChoice() {}

  static FurrowSettings resolve(FurrowSettings settings, PrintStream out) {
    if (settings.source().path().isPresent()) {
      Path root = settings.source().path().get().toAbsolutePath().normalize();
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
