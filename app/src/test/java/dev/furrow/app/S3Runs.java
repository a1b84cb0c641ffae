package dev.furrow.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Test fixture: copies locally generated run folders into a bucket under a key prefix. */
final class S3Runs {

  private S3Runs() {}

  /**
   * Uploads every file below {@code localRoot} to {@code bucket} as {@code <prefix><relative
   * path>}; returns how many objects were written.
   */
  static int upload(S3Client s3, Path localRoot, String bucket, String prefix) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(localRoot)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String key = prefix + localRoot.relativize(file).toString().replace('\\', '/');
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
    }
    return files.size();
  }
}
