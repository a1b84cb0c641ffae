package dev.furrow.aws.s3;

import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Looks at the first three objects of a run folder, as the Snowplow SDKs do (three, so that a
 * {@code _SUCCESS} marker alone does not decide), and reports an archive storage class if one of
 * them has it.
 */
final class ArchiveProbe {

  /** Classes whose objects must be restored before they can be read. */
  static final Set<String> ARCHIVED = Set.of("GLACIER", "DEEP_ARCHIVE");

  private static final int KEYS = 3;

  private final S3Client s3;
  private final String bucket;

  ArchiveProbe(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** The archive storage class of the folder at {@code prefix}, or empty when it is readable. */
  Optional<String> archivedClass(String prefix) {
    ListObjectsV2Response page =
        s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix).maxKeys(KEYS));
    return page.contents().stream()
        .map(S3Object::storageClassAsString)
        .filter(c -> c != null && ARCHIVED.contains(c))
        .findFirst();
  }
}
