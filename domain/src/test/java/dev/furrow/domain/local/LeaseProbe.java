package dev.furrow.domain.local;

import dev.furrow.domain.run.RunId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Test helper process: signals readiness, waits for a "go" file, then tries once to lease a run
 * from a {@link LocalRunManifest} and prints {@code LEASED} or {@code REFUSED}.
 *
 * <p>Arguments: manifest directory, run id, owner, ready-file, go-file.
 */
public final class LeaseProbe {

  private LeaseProbe() {}

  public static void main(String[] args) throws Exception {
    LocalRunManifest manifest = new LocalRunManifest(Path.of(args[0]));
    Files.createFile(Path.of(args[3]));
    Path go = Path.of(args[4]);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!Files.exists(go)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no go signal");
      }
      Thread.onSpinWait();
    }
    boolean leased =
        manifest.tryLease(RunId.of(args[1]), args[2], Duration.ofMinutes(5)).isPresent();
    System.out.println(leased ? "LEASED" : "REFUSED");
  }
}
