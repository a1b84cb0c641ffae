package dev.furrow.domain.local;

import dev.furrow.domain.run.RunManifest;
import dev.furrow.domain.run.RunManifestContract;
import java.time.Clock;

class InMemoryRunManifestTest extends RunManifestContract {

  @Override
  protected RunManifest newManifest(Clock clock) {
    return new InMemoryRunManifest(clock);
  }
}
