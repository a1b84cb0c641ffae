package dev.furrow.aws.s3;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: an S3 "folder" given as {@code s3://}, {@code s3n://} or {@code s3a://bucket/prefix},
 * split as the Snowplow Analytics SDK's run manifests do: the text after the scheme up to the first
 * {@code /} is the bucket, the rest is the key prefix with a trailing {@code /} added when missing;
 * no rest (or only {@code /}) means the bucket root. Double slashes are kept.
 *
 * @param scheme {@code s3}, {@code s3n} or {@code s3a}, as written
 * @param bucket the bucket name, never empty
 * @param prefix the key prefix ending in {@code /}, empty for the bucket root
 */
public record S3Location(String scheme, String bucket, Optional<String> prefix) {

  /** The accepted schemes, as the SDKs list them. */
  public static final List<String> SCHEMES = List.of("s3://", "s3n://", "s3a://");

  public S3Location {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(prefix, "prefix");
    if (!SCHEMES.contains(scheme + "://")) {
      throw new IllegalArgumentException("Not an S3 scheme: '" + scheme + "'");
    }
    if (bucket.isEmpty() || bucket.contains("/")) {
      throw new IllegalArgumentException("Not an S3 bucket name: '" + bucket + "'");
    }
    prefix.ifPresent(
        p -> {
          if (p.isEmpty() || !p.endsWith("/")) {
            throw new IllegalArgumentException("An S3 prefix must end with '/': '" + p + "'");
          }
        });
  }

  /**
   * Parses {@code path}. Fails with {@link IllegalArgumentException} for another scheme (message as
   * the Scala SDK's: {@code S3 path [gs://b/p] doesn't start with one of possible prefixes: [s3://,
   * s3n://, s3a://]}) or an empty bucket.
   */
  public static S3Location parse(String path) {
    Objects.requireNonNull(path, "path");
    String scheme =
        SCHEMES.stream()
            .filter(path::startsWith)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "S3 path ["
                            + path
                            + "] doesn't start with one of possible prefixes: "
                            + SCHEMES.toString()));
    String rest = path.substring(scheme.length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    if (bucket.isEmpty()) {
      throw new IllegalArgumentException("S3 path [" + path + "] has no bucket name");
    }
    String key = slash < 0 ? "" : rest.substring(slash + 1);
    Optional<String> prefix =
        key.isEmpty() ? Optional.empty() : Optional.of(key.endsWith("/") ? key : key + "/");
    return new S3Location(scheme.substring(0, scheme.length() - 3), bucket, prefix);
  }

  /** The prefix, or {@code ""} for the bucket root. */
  public String prefixOrEmpty() {
    return prefix.orElse("");
  }

  /**
   * The URI of {@code key} in this bucket, under the same scheme, except {@code s3n}, which Hadoop
   * 3 no longer has and is read through {@code s3a}. Characters that are not legal in a URI path
   * are percent-encoded ({@link URI#getPath()} gives the key back).
   */
  public URI uriOf(String key) {
    Objects.requireNonNull(key, "key");
    String readScheme = scheme.equals("s3n") ? "s3a" : scheme;
    try {
      return new URI(readScheme, bucket, "/" + key, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Cannot form a URI for s3 key '" + key + "' in bucket '" + bucket + "'", e);
    }
  }

  /** The location as a URI, e.g. {@code s3a://bucket/enriched/good/}. */
  public URI toUri() {
    return uriOf(prefixOrEmpty());
  }

  @Override
  public String toString() {
    return scheme + "://" + bucket + "/" + prefixOrEmpty();
  }
}
