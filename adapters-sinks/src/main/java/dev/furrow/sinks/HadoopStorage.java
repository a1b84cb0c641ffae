package dev.furrow.sinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Adapter support: the Hadoop file system under a file sink's root, opened for that sink alone (not
 * Hadoop's shared cached instance, so closing or configuring it affects no one else).
 *
 * <p>On the local file system no {@code .crc} checksum side files are written.
 */
public final class HadoopStorage implements AutoCloseable {

  private final Configuration conf;
  private final FileSystem fileSystem;
  private final Path root;

  private HadoopStorage(Configuration conf, FileSystem fileSystem, Path root) {
    this.conf = conf;
    this.fileSystem = fileSystem;
    this.root = root;
  }

  /** Opens the file system serving {@code settings.root()}. */
  public static HadoopStorage open(FileSinkSettings settings) {
    Configuration conf = new Configuration();
    settings.hadoopProperties().forEach(conf::set);
    Path root = new Path(settings.root());
    try {
      FileSystem fileSystem = FileSystem.newInstance(root.toUri(), conf);
      fileSystem.setWriteChecksum(false);
      return new HadoopStorage(conf, fileSystem, fileSystem.makeQualified(root));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the file system of " + settings.root(), e);
    }
  }

  /** The Hadoop configuration the file system was opened with. */
  public Configuration conf() {
    return conf;
  }

  /** The file system under {@link #root()}. */
  public FileSystem fileSystem() {
    return fileSystem;
  }

  /** The sink's root directory, fully qualified ({@code file:/...}, {@code s3a://...}). */
  public Path root() {
    return root;
  }

  @Override
  public void close() {
    try {
      fileSystem.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the file system of " + root, e);
    }
  }
}
