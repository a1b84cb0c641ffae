package dev.furrow.app.config;

import dev.furrow.aws.s3.S3Location;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: where the run folders are ({@code furrow.source}).
 *
 * @param type which kind of source, from the path's scheme
 * @param path the root: a local path for {@link SourceType#LOCAL} (empty means the sample shipped
 *     inside Furrow), an {@code s3a://bucket/prefix/} URI for {@link SourceType#S3}
 * @param runPattern the glob that folder names must match
 * @param skipArchived for {@link SourceType#S3}: leave out run folders archived to GLACIER or
 *     DEEP_ARCHIVE
 */
public record SourceSettings(
    SourceType type, Optional<String> path, String runPattern, boolean skipArchived) {

  public SourceSettings {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(runPattern, "runPattern");
    if (type == SourceType.S3) {
      S3Location.parse(
          path.orElseThrow(() -> new IllegalArgumentException("S3 source needs a path")));
    }
  }

  /** The local root directory; empty for the embedded sample. Only for {@link SourceType#LOCAL}. */
  public Optional<Path> localPath() {
    if (type != SourceType.LOCAL) {
      throw new IllegalStateException("Not a local source: " + path.orElse(""));
    }
    return path.map(Path::of);
  }

  /** The S3 root. Only for {@link SourceType#S3}. */
  public S3Location s3Location() {
    if (type != SourceType.S3) {
      throw new IllegalStateException("Not an S3 source: " + path.orElse("(sample)"));
    }
    return S3Location.parse(path.orElseThrow());
  }

  /** The same settings reading from the local directory {@code root}. */
  public SourceSettings withPath(Path root) {
    return new SourceSettings(
        SourceType.LOCAL, Optional.of(root.toString()), runPattern, skipArchived);
  }
}
