package dev.furrow.aws.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsServersExtension;
import dev.furrow.aws.TestServers;
import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunRecord;
import dev.furrow.domain.run.RunState;
import dev.furrow.domain.run.RunStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Two manifest instances with clients of their own (as two job processes have) race over the same
 * runs: each run is leased and processed exactly once.
 */
@ExtendWith(AwsServersExtension.class)
class DynamoDbManifestRaceIT {

  private static final int RUNS = 20;
  private static final int WORKERS_PER_PROCESS = 3;
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Test
  void twoProcessesWithTheirOwnClients_processEachRunExactlyOnce() throws Exception {
    String table = DynamoDbRunManifestIT.freshTable();
    List<RunId> runs = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      runs.add(RunId.of(String.format("run=2024-05-01-10-%02d-00", i)));
    }
    try (DynamoDbClient first = AwsClients.dynamoDb(TestServers.dynamoDbSettings());
        DynamoDbClient second = AwsClients.dynamoDb(TestServers.dynamoDbSettings())) {
      DynamoDbRunManifest a = new DynamoDbRunManifest(first, table, "enriched/good/");
      DynamoDbRunManifest b = new DynamoDbRunManifest(second, table, "enriched/good/");
      a.createTableIfMissing();
      b.createTableIfMissing();

      ExecutorService pool = Executors.newFixedThreadPool(2 * WORKERS_PER_PROCESS);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Lease>>> workers = new ArrayList<>();
        for (int w = 0; w < 2 * WORKERS_PER_PROCESS; w++) {
          DynamoDbRunManifest manifest = w % 2 == 0 ? a : b;
          String owner = (w % 2 == 0 ? "process-a:" : "process-b:") + w;
          workers.add(pool.submit(() -> work(manifest, owner, runs, go)));
        }
        go.countDown();
        List<Lease> leases = new ArrayList<>();
        for (Future<List<Lease>> worker : workers) {
          leases.addAll(worker.get(60, TimeUnit.SECONDS));
        }

        assertEquals(RUNS, leases.size(), "leases granted");
        assertEquals(runs, leases.stream().map(Lease::runId).sorted().toList());
        List<RunRecord> records = a.list();
        assertEquals(runs, records.stream().map(RunRecord::runId).toList());
        for (RunRecord record : records) {
          assertEquals(RunState.PROCESSED, record.state(), record.toString());
          assertEquals(1, record.attempts(), record.toString());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Tries every run in order, processing those it gets; returns the leases it was granted. */
  private static List<Lease> work(
      DynamoDbRunManifest manifest, String owner, List<RunId> runs, CountDownLatch go)
      throws InterruptedException {
    go.await();
    List<Lease> granted = new ArrayList<>();
    for (RunId run : runs) {
      Optional<Lease> lease = manifest.tryLease(run, owner, LEASE);
      if (lease.isPresent()) {
        granted.add(lease.get());
        manifest.markProcessed(lease.get(), new RunStats(1, 1, 0, 0, Map.of("m", 1L)));
      }
    }
    return granted;
  }
}
