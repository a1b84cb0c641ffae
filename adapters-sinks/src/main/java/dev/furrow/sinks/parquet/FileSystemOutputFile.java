package dev.furrow.sinks.parquet;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Adapter: a Parquet output file on a given Hadoop file system instance (Parquet's own {@code
 * HadoopOutputFile} always takes Hadoop's shared cached instance).
 */
final class FileSystemOutputFile implements OutputFile {

  private static final int BUFFER_BYTES = 64 << 10;

  private final FileSystem fileSystem;
  private final Path path;

  FileSystemOutputFile(FileSystem fileSystem, Path path) {
    this.fileSystem = fileSystem;
    this.path = path;
  }

  @Override
  public PositionOutputStream create(long blockSizeHint) throws IOException {
    return open(false, blockSizeHint);
  }

  @Override
  public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
    return open(true, blockSizeHint);
  }

  @Override
  public boolean supportsBlockSize() {
    return fileSystem.getDefaultBlockSize(path) > 0;
  }

  @Override
  public long defaultBlockSize() {
    return fileSystem.getDefaultBlockSize(path);
  }

  @Override
  public String getPath() {
    return path.toString();
  }

  private PositionOutputStream open(boolean overwrite, long blockSizeHint) throws IOException {
    long blockSize = Math.max(fileSystem.getDefaultBlockSize(path), blockSizeHint);
    short replication = fileSystem.getDefaultReplication(path);
    return HadoopStreams.wrap(
        fileSystem.create(path, overwrite, BUFFER_BYTES, replication, blockSize));
  }
}
