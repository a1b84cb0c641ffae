package dev.furrow.domain.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The directory of a {@link LocalRunManifest}: its exclusive lock and its crash-safe file writes.
 *
 * <p>The lock is a {@link FileLock} on {@code .manifest.lock}, which excludes other processes, plus
 * a JVM-wide {@link ReentrantLock} per lock file, because file locks are held per process and a
 * second lock attempt from the same JVM would fail instead of waiting. Writes go to a hidden
 * temporary file that is fsynced, then renamed over the record with {@code ATOMIC_MOVE}; the
 * directory is fsynced after the rename where the platform allows it.
 */
final class ManifestDirectory {

  private static final String LOCK_FILE = ".manifest.lock";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path dir;
  private final Path lockFile;
  private final ReentrantLock jvmLock;

  private ManifestDirectory(Path dir, Path lockFile, ReentrantLock jvmLock) {
    this.dir = dir;
    this.lockFile = lockFile;
    this.jvmLock = jvmLock;
  }

  /** Opens (creating if needed) a manifest directory and removes temp files left by a crash. */
  static ManifestDirectory open(Path dir) {
    Path lockFile = dir.resolve(LOCK_FILE);
    Path key;
    try {
      Files.createDirectories(dir);
      try {
        Files.createFile(lockFile);
      } catch (FileAlreadyExistsException e) {
        // another process created it first
      }
      key = lockFile.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot open run manifest directory " + dir + ": " + e.getMessage(), e);
    }
    ManifestDirectory directory =
        new ManifestDirectory(
            dir, lockFile, JVM_LOCKS.computeIfAbsent(key, k -> new ReentrantLock()));
    directory.locked(directory::deleteTempFiles);
    return directory;
  }

  /** Runs {@code action} holding the manifest's exclusive lock (against threads and processes). */
  <T> T locked(Supplier<T> action) {
    jvmLock.lock();
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock();
      try {
        return action.get();
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot lock run manifest " + dir + " (" + lockFile + "): " + e.getMessage(), e);
    } finally {
      jvmLock.unlock();
    }
  }

  /** Replaces {@code target} with {@code content} so that readers see the old or the new bytes. */
  void replaceAtomically(Path target, byte[] content) {
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory();
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException(
          "Cannot write run manifest record " + target + ": " + e.getMessage(), e);
    }
  }

  private void syncDirectory() {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms cannot open or sync a directory; the rename itself is still atomic.
    }
  }

  /** Temp files can only be left by a writer that died: writers hold the lock while writing. */
  private Void deleteTempFiles() {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot clean run manifest directory " + dir + ": " + e.getMessage(), e);
    }
    return null;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the next open of the manifest removes it
    }
  }
}
