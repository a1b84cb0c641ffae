package dev.furrow.domain.local;

import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunManifest;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Adapter: a run manifest in a local directory, one JSON file per run ({@code <run id>.json}).
 *
 * <p>Same semantics as {@link InMemoryRunManifest}. Each state change is a read-check-write under
 * an exclusive lock on the directory's lock file (so threads and processes on this machine
 * serialise), and the new record replaces the old one by an atomic rename of an fsynced temporary
 * file, so a crash leaves either the old or the new record, never a torn one. Reads take no lock. A
 * record that cannot be decoded fails every operation on its run with a message naming the file; it
 * is never treated as absent.
 *
 * <p>The directory must be on a local file system: file locks on network file systems are not
 * reliable.
 */
public final class LocalRunManifest implements RunManifest {

  private static final String SUFFIX = ".json";

  private final Path dir;
  private final Clock clock;
  private final ManifestDirectory files;

  /** A manifest in {@code dir} (created if missing) on the system UTC clock. */
  public LocalRunManifest(Path dir) {
    this(dir, Clock.systemUTC());
  }

  public LocalRunManifest(Path dir, Clock clock) {
    this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.files = ManifestDirectory.open(this.dir);
  }

  public Path directory() {
    return dir;
  }

  @Override
  public Optional<Lease> tryLease(RunId runId, String owner, Duration leaseTime) {
    Objects.requireNonNull(runId, "runId");
    ManifestEntry.checkLeaseArguments(owner, leaseTime);
    return files.locked(
        () -> {
          Optional<ManifestEntry> leased =
              ManifestEntry.lease(runId, read(runId), owner, clock.instant(), leaseTime);
          leased.ifPresent(this::write);
          return leased.map(ManifestEntry::toLease);
        });
  }

  @Override
  public void markProcessed(Lease lease, RunStats stats) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(stats, "stats");
    update(lease, current -> current.processed(lease, stats, clock.instant()));
  }

  @Override
  public void markFailed(Lease lease, String error) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(error, "error");
    update(lease, current -> current.failed(lease, error, clock.instant()));
  }

  @Override
  public Optional<RunRecord> get(RunId runId) {
    Objects.requireNonNull(runId, "runId");
    return read(runId).map(ManifestEntry::record);
  }

  @Override
  public List<RunRecord> list() {
    List<RunRecord> records = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path file : entries) {
        String name = file.getFileName().toString();
        if (!LocalRunFiles.isHidden(name)) {
          read(runIdOf(file)).ifPresent(entry -> records.add(entry.record()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list run manifest " + dir + ": " + e.getMessage(), e);
    }
    records.sort(Comparator.comparing(RunRecord::runId));
    return List.copyOf(records);
  }

  @Override
  public String toString() {
    return "LocalRunManifest[" + dir + "]";
  }

  private void update(Lease lease, UnaryOperator<ManifestEntry> change) {
    files.locked(
        () -> {
          ManifestEntry current = ManifestEntry.requireHeld(read(lease.runId()), lease);
          write(change.apply(current));
          return null;
        });
  }

  private static RunId runIdOf(Path file) {
    String name = file.getFileName().toString();
    String base = name.substring(0, name.length() - SUFFIX.length());
    try {
      RunId runId = RunIds.fromFileName(base);
      if (RunIds.toFileName(runId).equals(base)) {
        return runId;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalStateException(
        "Unexpected file in run manifest directory (not a run record name): " + file);
  }

  private Path fileOf(RunId runId) {
    return dir.resolve(RunIds.toFileName(runId) + SUFFIX);
  }

  private Optional<ManifestEntry> read(RunId runId) {
    Path file = fileOf(runId);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read run manifest record " + file + ": " + e.getMessage(), e);
    }
    try {
      return Optional.of(ManifestRecordCodec.decode(bytes, runId));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Corrupt run manifest record "
              + file
              + ": "
              + e.getMessage()
              + ". Repair or delete the file (deleting makes the run new again).",
          e);
    }
  }

  private void write(ManifestEntry entry) {
    files.replaceAtomically(fileOf(entry.record().runId()), ManifestRecordCodec.encode(entry));
  }
}
