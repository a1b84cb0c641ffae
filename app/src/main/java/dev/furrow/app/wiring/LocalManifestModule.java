package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.furrow.domain.local.LocalRunManifest;
import dev.furrow.domain.run.RunManifest;
import java.nio.file.Path;

/** Wiring: the run manifest in a local directory (created when first used). */
public final class LocalManifestModule extends AbstractModule {

  private final Path directory;

  public LocalManifestModule(Path directory) {
    this.directory = directory;
  }

  @Provides
  @Singleton
  RunManifest manifest() {
    return new LocalRunManifest(directory);
  }
}
