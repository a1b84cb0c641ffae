package dev.furrow.aws.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** Test fixture: a fresh bucket on the S3 test server, filled with tiny objects. */
final class TestBucket {

  private final S3Client s3;
  private final String name;

  private TestBucket(S3Client s3, String name) {
    this.s3 = s3;
    this.name = name;
  }

  static TestBucket create(S3Client s3) {
    String name = "furrow-it-" + UUID.randomUUID().toString().substring(0, 18);
    s3.createBucket(b -> b.bucket(name));
    return new TestBucket(s3, name);
  }

  String name() {
    return name;
  }

  void put(String key) {
    put(key, StorageClass.STANDARD);
  }

  void put(String key, StorageClass storageClass) {
    s3.putObject(
        b -> b.bucket(name).key(key).storageClass(storageClass), RequestBody.fromString("x"));
  }

  /** PUTs tiny objects, 16 at a time. */
  void putAll(List<String> keys) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> puts = new ArrayList<>();
      for (String key : keys) {
        puts.add(pool.submit(() -> put(key)));
      }
      for (Future<?> done : puts) {
        done.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
