package dev.furrow.aws.s3;

/**
 * Value: how {@link S3EventSource} lists run folders.
 *
 * @param pageSize keys per ListObjectsV2 page, 1 to 1000 (S3's maximum and default); smaller pages
 *     only cost more requests
 * @param skipArchived whether to probe each run folder (one ListObjectsV2 of 3 keys, as the
 *     Snowplow SDKs do) and leave out folders whose objects are in GLACIER or DEEP_ARCHIVE, which
 *     cannot be read without a restore
 * @param probeThreads how many of those probes run at the same time
 */
public record ListingOptions(int pageSize, boolean skipArchived, int probeThreads) {

  /** 1000 keys per page, archived folders skipped, 8 probes at a time. */
  public static final ListingOptions DEFAULT = new ListingOptions(1000, true, 8);

  public ListingOptions {
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be between 1 and 1000: " + pageSize);
    }
    if (probeThreads < 1) {
      throw new IllegalArgumentException("probeThreads must be at least 1: " + probeThreads);
    }
  }

  public ListingOptions withPageSize(int value) {
    return new ListingOptions(value, skipArchived, probeThreads);
  }

  public ListingOptions withSkipArchived(boolean value) {
    return new ListingOptions(pageSize, value, probeThreads);
  }
}
