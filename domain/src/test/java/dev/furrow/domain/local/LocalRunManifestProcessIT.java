package dev.furrow.domain.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.run.RunId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate JVMs racing for one run on one manifest directory: the file lock must serialise them.
 */
class LocalRunManifestProcessIT {

  private static final int PROCESSES = 4;

  @TempDir Path dir;

  @Test
  void processesRacingForOneRun_exactlyOneGetsTheLease() throws Exception {
    Path manifestDir = dir.resolve("manifest");
    RunId run = RunId.of("run=2024-05-01-10-00-00");
    Path go = dir.resolve("go");
    List<Process> processes = new ArrayList<>();
    List<Path> readyFiles = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      Path ready = dir.resolve("ready-" + i);
      readyFiles.add(ready);
      processes.add(
          new ProcessBuilder(
                  javaExecutable(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  LeaseProbe.class.getName(),
                  manifestDir.toString(),
                  run.value(),
                  "process-" + i,
                  ready.toString(),
                  go.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start());
    }
    try {
      awaitAll(readyFiles);
      Files.createFile(go);
      List<String> answers = new ArrayList<>();
      for (Process process : processes) {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "probe finished");
        assertEquals(0, process.exitValue());
        answers.add(
            new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
      }

      assertEquals(1, answers.stream().filter("LEASED"::equals).count(), answers.toString());
      assertEquals(PROCESSES - 1, answers.stream().filter("REFUSED"::equals).count());
      assertEquals(1, new LocalRunManifest(manifestDir).get(run).orElseThrow().attempts());
    } finally {
      processes.forEach(Process::destroyForcibly);
    }
  }

  private static void awaitAll(List<Path> files) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!files.stream().allMatch(Files::exists)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("probes did not start");
      }
      Thread.sleep(5);
    }
  }

  private static String javaExecutable() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (!Files.isExecutable(java)) {
      throw new IOException("No java executable at " + java);
    }
    return java.toString();
  }
}
