package dev.furrow.sinks;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Settings: where a file sink writes and how large its files grow.
 *
 * @param root the directory under which the sink writes: a local path ({@code /data/furrow}), a
 *     {@code file:} URI or any URI a Hadoop file system on the classpath serves ({@code
 *     s3a://bucket/prefix} with hadoop-aws)
 * @param hadoopProperties Hadoop configuration for the root's file system (e.g. {@code
 *     fs.s3a.endpoint}); values are never shown by {@link #toString()}
 * @param targetFileBytes a part file is closed and the next one begun once it reaches about this
 *     size
 * @param rowGroupBytes the Parquet row group size: how much a writer buffers in memory
 */
public record FileSinkSettings(
    String root, Map<String, String> hadoopProperties, long targetFileBytes, int rowGroupBytes) {

  /** The default part file size: 256 MiB. */
  public static final long DEFAULT_TARGET_FILE_BYTES = 256L << 20;

  /** The default Parquet row group size: 64 MiB. */
  public static final int DEFAULT_ROW_GROUP_BYTES = 64 << 20;

  public FileSinkSettings {
    Objects.requireNonNull(root, "root");
    if (root.isBlank()) {
      throw new IllegalArgumentException("The sink root must not be blank");
    }
    hadoopProperties = Map.copyOf(hadoopProperties);
    if (targetFileBytes < 1) {
      throw new IllegalArgumentException("targetFileBytes must be positive: " + targetFileBytes);
    }
    if (rowGroupBytes < 1) {
      throw new IllegalArgumentException("rowGroupBytes must be positive: " + rowGroupBytes);
    }
  }

  /** Settings writing under {@code root} with default sizes and no Hadoop properties. */
  public static FileSinkSettings at(String root) {
    return new FileSinkSettings(root, Map.of(), DEFAULT_TARGET_FILE_BYTES, DEFAULT_ROW_GROUP_BYTES);
  }

  /** The same settings with these Hadoop properties. */
  public FileSinkSettings withHadoopProperties(Map<String, String> properties) {
    return new FileSinkSettings(root, properties, targetFileBytes, rowGroupBytes);
  }

  /** The same settings with other file and row group sizes. */
  public FileSinkSettings withSizes(long fileBytes, int groupBytes) {
    return new FileSinkSettings(root, hadoopProperties, fileBytes, groupBytes);
  }

  /** Shows the property names only: their values may hold credentials. */
  @Override
  public String toString() {
    return "FileSinkSettings[root="
        + root
        + ", hadoopProperties="
        + new TreeMap<>(hadoopProperties).keySet()
        + " (values redacted), targetFileBytes="
        + targetFileBytes
        + ", rowGroupBytes="
        + rowGroupBytes
        + "]";
  }
}
