package dev.furrow.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark floor: one thread reads every byte of the part files and counts TABs and line ends, the
 * least work any engine must do; prints the counts and fails unless every line has 131 fields.
 *
 * <p>Usage: {@code TabScanBench SOURCE_DIR}
 */
public final class TabScanBench {

  private TabScanBench() {}

  public static void main(String[] args) throws IOException {
    byte[] buffer = new byte[1 << 20];
    long tabs = 0;
    long lines = 0;
    for (String file : BenchInput.files(Path.of(args[0]))) {
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (b == '\t') {
              tabs++;
            } else if (b == '\n') {
              lines++;
            }
          }
        }
      }
    }
    System.out.println("lines: " + lines + ", tabs: " + tabs);
    if (tabs != lines * 130) {
      System.out.println("not every line has 131 fields");
      System.exit(1);
    }
  }
}
