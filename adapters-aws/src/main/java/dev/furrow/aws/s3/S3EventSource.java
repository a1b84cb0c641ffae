package dev.furrow.aws.s3;

import dev.furrow.aws.AwsRequestException;
import dev.furrow.domain.run.EventSource;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunPattern;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Adapter: run folders in S3, the "sub-folders" of a root prefix whose names match a {@link
 * RunPattern}, listed with ListObjectsV2 and delimiter {@code /}, every page.
 *
 * <p>Each folder's location is {@code <scheme>://bucket/<prefix><name>/}, in the root's scheme
 * ({@code s3n} becomes {@code s3a}), so Spark reads it through the same Hadoop connector the user
 * configured. Hidden folders (names starting with {@code .} or {@code _}) and objects lying
 * directly under the root (markers such as {@code _SUCCESS} or {@code run=x_$folder$}) are not run
 * folders. By default folders archived to GLACIER/DEEP_ARCHIVE are left out, with a warning (see
 * {@link ListingOptions#skipArchived()}).
 */
public final class S3EventSource implements EventSource {

  private static final Logger LOG = LoggerFactory.getLogger(S3EventSource.class);

  private final S3Client s3;
  private final S3Location root;
  private final RunPattern pattern;
  private final ListingOptions options;

  public S3EventSource(S3Client s3, S3Location root, RunPattern pattern) {
    this(s3, root, pattern, ListingOptions.DEFAULT);
  }

  public S3EventSource(S3Client s3, S3Location root, RunPattern pattern, ListingOptions options) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.root = Objects.requireNonNull(root, "root");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.options = Objects.requireNonNull(options, "options");
  }

  public S3Location root() {
    return root;
  }

  public RunPattern pattern() {
    return pattern;
  }

  /**
   * Lists the matching run folders, sorted by run id. Fails with {@link UncheckedIOException} when
   * nothing at all lies under the root (a misspelt path; S3 has no empty folders, except an
   * explicit {@code prefix/} marker object), and with {@link AwsRequestException} naming the root
   * when S3 refuses or keeps failing.
   */
  @Override
  public List<RunFolder> listRuns() {
    try {
      List<RunFolder> runs = withoutArchived(candidates());
      Collections.sort(runs);
      return List.copyOf(runs);
    } catch (SdkException e) {
      throw failure(e);
    }
  }

  private List<RunFolder> candidates() {
    String rootPrefix = root.prefixOrEmpty();
    ListObjectsV2Request request =
        ListObjectsV2Request.builder()
            .bucket(root.bucket())
            .prefix(root.prefix().orElse(null))
            .delimiter("/")
            .maxKeys(options.pageSize())
            .build();
    List<RunFolder> runs = new ArrayList<>();
    boolean anything = false;
    for (ListObjectsV2Response page : s3.listObjectsV2Paginator(request)) {
      anything |= !page.contents().isEmpty() || !page.commonPrefixes().isEmpty();
      for (CommonPrefix folder : page.commonPrefixes()) {
        String prefix = folder.prefix();
        RunFolderNames.matchingName(rootPrefix, prefix, pattern)
            .flatMap(name -> runId(name, prefix))
            .ifPresent(id -> runs.add(new RunFolder(id, root.uriOf(prefix))));
      }
    }
    if (!anything) {
      throw new UncheckedIOException(
          "Event source root " + root + " does not exist (no object has this prefix)",
          new NoSuchFileException(root.toString()));
    }
    return runs;
  }

  private Optional<RunId> runId(String name, String prefix) {
    Optional<RunId> id = RunFolderNames.runId(name);
    if (id.isEmpty()) {
      LOG.warn(
          "Skipping s3://{}/{}: its name matches {} but is not a valid run folder name",
          root.bucket(),
          prefix,
          pattern);
    }
    return id;
  }

  private List<RunFolder> withoutArchived(List<RunFolder> runs) {
    if (!options.skipArchived() || runs.isEmpty()) {
      return runs;
    }
    ArchiveProbe probe = new ArchiveProbe(s3, root.bucket());
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(options.probeThreads(), runs.size()));
    try {
      List<Future<Optional<String>>> probes = new ArrayList<>();
      for (RunFolder run : runs) {
        String prefix = root.prefixOrEmpty() + run.id().value() + "/";
        probes.add(pool.submit(() -> probe.archivedClass(prefix)));
      }
      List<RunFolder> readable = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        Optional<String> archived = await(probes.get(i));
        if (archived.isPresent()) {
          LOG.warn(
              "Skipping run folder {}: its objects are in storage class {}; restore them to"
                  + " process it",
              runs.get(i).location(),
              archived.get());
        } else {
          readable.add(runs.get(i));
        }
      }
      return readable;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while listing run folders", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private RuntimeException failure(SdkException e) {
    String reason;
    if (e instanceof NoSuchBucketException) {
      reason = "bucket '" + root.bucket() + "' does not exist";
    } else if (e instanceof S3Exception s3e && s3e.statusCode() == 403) {
      reason =
          "access denied (Furrow needs s3:ListBucket on bucket '"
              + root.bucket()
              + "' and s3:GetObject on its objects): "
              + s3e.getMessage();
    } else {
      reason = e.getMessage();
    }
    return new AwsRequestException("Cannot list event source root " + root + ": " + reason, e);
  }

  @Override
  public String toString() {
    return "S3EventSource[" + root + ", " + pattern + "]";
  }
}
