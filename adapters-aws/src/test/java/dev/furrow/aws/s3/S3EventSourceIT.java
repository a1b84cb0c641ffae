package dev.furrow.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsRequestException;
import dev.furrow.aws.AwsServersExtension;
import dev.furrow.aws.TestServers;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunPattern;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** Listing run folders from an S3 server (S3Proxy), each test in a bucket of its own. */
@ExtendWith(AwsServersExtension.class)
class S3EventSourceIT {

  private static S3Client s3;
  private TestBucket test;
  private String bucket;

  @BeforeAll
  static void connect() {
    s3 = AwsClients.s3(TestServers.awsSettings());
  }

  @AfterAll
  static void disconnect() {
    s3.close();
  }

  @BeforeEach
  void freshBucket() {
    test = TestBucket.create(s3);
    bucket = test.name();
  }

  @Test
  void listsRunFolders_sortedById_withS3aLocationsEndingInASlash() {
    put("enriched/good/run=2017-07-19-02-00-00/part-00000");
    put("enriched/good/run=2017-07-17-22-40-30/part-00000");
    put("enriched/good/run=2017-07-17-22-40-30/part-00001");

    List<RunFolder> runs = source("s3a://" + bucket + "/enriched/good/").listRuns();

    assertEquals(
        List.of(
            new RunFolder(
                RunId.of("run=2017-07-17-22-40-30"),
                URI.create("s3a://" + bucket + "/enriched/good/run=2017-07-17-22-40-30/")),
            new RunFolder(
                RunId.of("run=2017-07-19-02-00-00"),
                URI.create("s3a://" + bucket + "/enriched/good/run=2017-07-19-02-00-00/"))),
        runs);
  }

  @Test
  void followsEveryPage_withSmallPages() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String run = String.format("run=2024-01-01-00-%02d-00", i);
      expected.add(run);
      put("enriched/good/" + run + "/part-00000");
    }
    put("enriched/good/_SUCCESS");

    List<RunFolder> runs =
        new S3EventSource(
                s3,
                S3Location.parse("s3a://" + bucket + "/enriched/good"),
                RunPattern.DEFAULT,
                ListingOptions.DEFAULT.withPageSize(4))
            .listRuns();

    assertEquals(expected, ids(runs));
  }

  @Test
  void listsMoreThanAThousandRuns_withTheDefaultPageSize() throws Exception {
    int count = 1_005;
    List<String> expected = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String run =
          String.format("run=2024-%02d-%02d-%02d-00-00", 1 + i / 600, 1 + (i / 24) % 25, i % 24);
      expected.add(run);
      keys.add("enriched/good/" + run + "/part-00000.gz");
    }
    test.putAll(keys);

    List<RunFolder> runs = source("s3a://" + bucket + "/enriched/good/").listRuns();

    assertEquals(expected.stream().sorted().toList(), ids(runs));
  }

  @Test
  void keepsOnlyFoldersWhoseLastSegmentMatchesThePattern() {
    put("enriched/good/run=2017-07-17-22-40-30/part-00000");
    put("enriched/good/run=2017-13-01-00-00-00/part-00000");
    put("enriched/good/not-a-run/x");
    put("enriched/good/archive/run=2017-07-18-00-00-00/part-00000");
    put("enriched/good/nur=2017-07-17-22-40-30/part-00000");
    put("enriched/good/run=2017-07-20-00-00-00/part-00000");

    S3Location root = S3Location.parse("s3a://" + bucket + "/enriched/good/");
    List<RunFolder> all = new S3EventSource(s3, root, RunPattern.DEFAULT).listRuns();
    List<RunFolder> july17 =
        new S3EventSource(s3, root, RunPattern.of("run=2017-07-1?-*")).listRuns();

    assertEquals(
        List.of("run=2017-07-17-22-40-30", "run=2017-07-20-00-00-00", "run=2017-13-01-00-00-00"),
        ids(all));
    assertEquals(List.of("run=2017-07-17-22-40-30"), ids(july17));
  }

  @Test
  void hiddenFoldersAndMarkerObjects_areNotRuns() {
    put("enriched/good/");
    put("enriched/good/_SUCCESS");
    put("enriched/good/run=2017-07-17-22-40-30_$folder$");
    put("enriched/good/run=2017-07-18-00-00-00");
    put("enriched/good/_temporary/run=2017-07-19-00-00-00/part-00000");
    put("enriched/good/.run=2017-07-19-00-00-00/part-00000");
    put("enriched/good/run=2017-07-17-22-40-30/_SUCCESS");
    put("enriched/good/run=2017-07-17-22-40-30/sub/run=2017-07-21-00-00-00/part-00000");

    List<RunFolder> runs =
        new S3EventSource(
                s3, S3Location.parse("s3a://" + bucket + "/enriched/good/"), RunPattern.of("*"))
            .listRuns();

    assertEquals(List.of("run=2017-07-17-22-40-30"), ids(runs));
  }

  @Test
  void rootWithoutTrailingSlash_isTheFolder_notAKeyPrefix() {
    put("enriched/good/run=2017-07-17-22-40-30/part-00000");
    put("enriched/goodies/run=2017-07-18-00-00-00/part-00000");
    put("enriched/good-old/run=2017-07-19-00-00-00/part-00000");

    List<RunFolder> withoutSlash = source("s3a://" + bucket + "/enriched/good").listRuns();
    List<RunFolder> withSlash = source("s3a://" + bucket + "/enriched/good/").listRuns();

    assertEquals(List.of("run=2017-07-17-22-40-30"), ids(withoutSlash));
    assertEquals(withoutSlash, withSlash);
  }

  @Test
  void bucketRoot_listsTopLevelRunFolders_inTheRootsScheme() {
    put("run=2017-07-17-22-40-30/part-00000");
    put("enriched/run=2017-07-18-00-00-00/part-00000");

    List<RunFolder> s3Scheme = source("s3://" + bucket).listRuns();
    List<RunFolder> s3nScheme = source("s3n://" + bucket + "/").listRuns();

    assertEquals(
        List.of(URI.create("s3://" + bucket + "/run=2017-07-17-22-40-30/")),
        s3Scheme.stream().map(RunFolder::location).toList());
    assertEquals(
        List.of(URI.create("s3a://" + bucket + "/run=2017-07-17-22-40-30/")),
        s3nScheme.stream().map(RunFolder::location).toList());
  }

  @Test
  void archivedFolders_areSkipped_unlessAsked() {
    put("enriched/good/run=2017-07-17-22-40-30/part-00000");
    put("enriched/good/run=2017-07-18-01-00-00/_SUCCESS");
    put("enriched/good/run=2017-07-18-01-00-00/part-00000", StorageClass.GLACIER);
    put("enriched/good/run=2017-07-19-02-00-00/part-00000", StorageClass.DEEP_ARCHIVE);
    put("enriched/good/run=2017-07-20-00-00-00/part-00000", StorageClass.STANDARD_IA);
    S3Location root = S3Location.parse("s3a://" + bucket + "/enriched/good/");

    List<RunFolder> readable = new S3EventSource(s3, root, RunPattern.DEFAULT).listRuns();
    List<RunFolder> all =
        new S3EventSource(
                s3, root, RunPattern.DEFAULT, ListingOptions.DEFAULT.withSkipArchived(false))
            .listRuns();

    assertEquals(List.of("run=2017-07-17-22-40-30", "run=2017-07-20-00-00-00"), ids(readable));
    assertEquals(4, all.size());
  }

  @Test
  void rootWithNothingUnderIt_failsNamingTheRoot() {
    put("enriched/good/run=2017-07-17-22-40-30/part-00000");

    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> source("s3a://" + bucket + "/enriched/goood/").listRuns());

    assertTrue(e.getMessage().contains("s3a://" + bucket + "/enriched/goood/"), e.getMessage());
  }

  @Test
  void emptyFolderMarker_isAnEmptyRoot_notAMissingOne() {
    put("enriched/good/");

    assertEquals(List.of(), source("s3a://" + bucket + "/enriched/good/").listRuns());
  }

  @Test
  void missingBucket_failsNamingTheBucket() {
    AwsRequestException e =
        assertThrows(
            AwsRequestException.class,
            () -> source("s3a://" + bucket + "-missing/enriched/good/").listRuns());

    assertTrue(
        e.getMessage().contains("bucket '" + bucket + "-missing' does not exist"), e.getMessage());
  }

  @Test
  void wrongCredentials_failAsAccessDenied_namingTheRoot() {
    try (S3Client intruder =
        AwsClients.s3(
            TestServers.awsSettings(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("intruder", "guess")))) {
      put("enriched/good/run=2017-07-17-22-40-30/part-00000");
      S3EventSource source =
          new S3EventSource(
              intruder,
              S3Location.parse("s3a://" + bucket + "/enriched/good/"),
              RunPattern.DEFAULT);

      AwsRequestException e = assertThrows(AwsRequestException.class, source::listRuns);

      assertTrue(e.getMessage().contains("s3a://" + bucket + "/enriched/good/"), e.getMessage());
      assertTrue(e.getMessage().contains("access denied"), e.getMessage());
    }
  }

  private S3EventSource source(String root) {
    return new S3EventSource(s3, S3Location.parse(root), RunPattern.DEFAULT);
  }

  private void put(String key) {
    test.put(key);
  }

  private void put(String key, StorageClass storageClass) {
    test.put(key, storageClass);
  }

  private static List<String> ids(List<RunFolder> runs) {
    return runs.stream().map(r -> r.id().value()).toList();
  }
}
