package dev.furrow.domain.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.furrow.domain.run.Lease;
import dev.furrow.domain.run.LeaseLostException;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.run.RunManifest;
import dev.furrow.domain.run.RunManifestContract;
import dev.furrow.domain.run.RunState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunManifestTest extends RunManifestContract {

  @TempDir Path dir;

  @Override
  protected RunManifest newManifest(Clock clock) {
    return new LocalRunManifest(dir.resolve("manifest"), clock);
  }

  private Path recordFile(RunId runId) {
    return dir.resolve("manifest").resolve(runId.value() + ".json");
  }

  @Test
  void stateSurvivesReopening_andAnotherInstanceSeesTheLease() {
    Lease lease = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    manifest.markProcessed(manifest.tryLease(RUN_B, "owner-1", LEASE).orElseThrow(), STATS);

    RunManifest reopened = newManifest(clock);

    assertEquals(manifest.list(), reopened.list());
    assertEquals(Optional.empty(), reopened.tryLease(RUN_A, "owner-2", LEASE));
    reopened.markFailed(lease, "finished through another instance");
    assertEquals(RunState.FAILED, manifest.get(RUN_A).orElseThrow().state());
  }

  @Test
  void manyInstancesOnOneDirectory_racingForOneRun_exactlyOneWins() throws Exception {
    List<Optional<Lease>> results =
        race(8, owner -> newManifest(clock).tryLease(RUN_C, owner, LEASE));

    assertEquals(1, results.stream().filter(Optional::isPresent).count());
    assertEquals(1, manifest.get(RUN_C).orElseThrow().attempts());
  }

  @Test
  void recordFile_isReadableJsonWithLowercaseState() throws IOException {
    manifest.markProcessed(manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow(), STATS);

    JsonNode json = new ObjectMapper().readTree(recordFile(RUN_A).toFile());

    assertEquals("processed", json.get("state").asText());
    assertEquals(RUN_A.value(), json.get("runId").asText());
    assertEquals(120, json.get("stats").get("rowsByModel").get("page_views").asLong());
    assertEquals(START.toString(), json.get("startedAt").asText());
  }

  @Test
  void writes_leaveNoTemporaryFiles() throws IOException {
    Lease a = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    manifest.markFailed(a, "x");
    manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();

    try (Stream<Path> files = Files.list(dir.resolve("manifest"))) {
      assertEquals(
          List.of(".manifest.lock", RUN_A.value() + ".json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void corruptRecord_failsWithTheFileName_insteadOfCountingAsNew() throws IOException {
    Files.writeString(recordFile(RUN_A), "{\"format\":1,\"runId\":\"run=2024-05-01-09-0");

    IllegalStateException onLease =
        assertThrows(IllegalStateException.class, () -> manifest.tryLease(RUN_A, "owner-1", LEASE));
    assertTrue(onLease.getMessage().contains(recordFile(RUN_A).toString()), onLease.getMessage());
    assertThrows(IllegalStateException.class, () -> manifest.get(RUN_A));
    assertThrows(IllegalStateException.class, () -> manifest.list());
  }

  @Test
  void emptyOrForeignRecordFiles_areCorrupt() throws IOException {
    Files.writeString(recordFile(RUN_A), "");
    Files.writeString(
        recordFile(RUN_B),
        "{\"format\":1,\"runId\":\"run=1999-01-01-00-00-00\",\"state\":\"processed\","
            + "\"leaseToken\":1,\"attempts\":1}");
    Files.writeString(
        recordFile(RUN_C),
        "{\"format\":1,\"runId\":\""
            + RUN_C
            + "\",\"state\":\"done\",\"leaseToken\":1,"
            + "\"attempts\":1}");

    assertTrue(
        assertThrows(IllegalStateException.class, () -> manifest.get(RUN_A))
            .getMessage()
            .contains("not a JSON object"));
    assertTrue(
        assertThrows(IllegalStateException.class, () -> manifest.get(RUN_B))
            .getMessage()
            .contains("instead of"));
    assertTrue(
        assertThrows(IllegalStateException.class, () -> manifest.get(RUN_C))
            .getMessage()
            .contains("unknown state 'done'"));
  }

  @Test
  void corruptRecord_cannotBeFinishedOver() throws IOException {
    Lease lease = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    Files.writeString(recordFile(RUN_A), "garbage");

    assertThrows(IllegalStateException.class, () -> manifest.markProcessed(lease, STATS));
    assertEquals("garbage", Files.readString(recordFile(RUN_A)));
  }

  @Test
  void tempFilesLeftByACrash_areIgnoredAndRemovedOnOpen() throws IOException {
    manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    Path leftover = dir.resolve("manifest").resolve("." + RUN_B + ".json.0123.tmp");
    Files.writeString(leftover, "{\"half\":");

    assertEquals(List.of(RUN_A), manifest.list().stream().map(r -> r.runId()).toList());
    newManifest(clock);
    assertFalse(Files.exists(leftover));
  }

  @Test
  void runIdsWithUnusualCharacters_getPortableFileNames_andListBack() {
    RunId odd = RunId.of(".hidden run:ü%");
    manifest.tryLease(odd, "owner-1", LEASE).orElseThrow();

    assertTrue(Files.exists(dir.resolve("manifest").resolve("%2Ehidden%20run%3A%C3%BC%25.json")));
    assertEquals(List.of(odd), manifest.list().stream().map(r -> r.runId()).toList());
  }

  @Test
  void manifestDirectoryThatIsAFile_failsNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> new LocalRunManifest(file, clock));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void staleOwnerOfAnotherInstance_losesItsLeaseAfterTakeover() {
    Lease stale = manifest.tryLease(RUN_A, "owner-1", LEASE).orElseThrow();
    clock.advance(LEASE);
    RunManifest other = newManifest(clock);
    other.tryLease(RUN_A, "owner-2", LEASE).orElseThrow();

    assertThrows(LeaseLostException.class, () -> manifest.markProcessed(stale, STATS));
    assertEquals(Optional.of("owner-2"), manifest.get(RUN_A).orElseThrow().owner());
  }
}
