package dev.furrow.app.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.sample.EventGenerator;
import dev.furrow.domain.sample.GeneratorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedSampleTest {

  @TempDir Path dir;

  private static byte[] resource(String file) throws IOException {
    try (InputStream in =
        EmbeddedSample.class.getClassLoader().getResourceAsStream("furrow-sample/" + file)) {
      assertTrue(in != null, file + " listed in the index but not packaged");
      return in.readAllBytes();
    }
  }

  @Test
  void index_listsThreeRunsOfPackagedFiles_underTwoMegabytes() throws IOException {
    List<String> files = EmbeddedSample.files();

    assertEquals(3, files.stream().filter(f -> f.endsWith(".tsv.gz")).count(), files.toString());
    long bytes = 0;
    for (String file : files) {
      bytes += resource(file).length;
    }
    assertTrue(bytes < 2_000_000, bytes + " bytes");
  }

  @Test
  void shippedSample_isWhatTheDocumentedGeneratorCommandWrites() throws IOException {
    EventGenerator.generate(dir, GeneratorOptions.ofTotal(3, 4500, 42).withGzip(true));

    for (String file : EmbeddedSample.files()) {
      assertArrayEquals(resource(file), Files.readAllBytes(dir.resolve(file)), file);
    }
  }

  @Test
  void extractTo_writesEveryFile_andLeavesIdenticalFilesAlone() throws IOException {
    Path target = dir.resolve("sample");

    EmbeddedSample.extractTo(target);
    Path first = target.resolve(EmbeddedSample.files().get(1));
    FileTime written = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(first, written);
    EmbeddedSample.extractTo(target);

    for (String file : EmbeddedSample.files()) {
      assertArrayEquals(resource(file), Files.readAllBytes(target.resolve(file)), file);
    }
    assertEquals(written, Files.getLastModifiedTime(first));
  }

  @Test
  void extractTo_repairsATruncatedFile() throws IOException {
    Path target = dir.resolve("sample");
    EmbeddedSample.extractTo(target);
    String file = EmbeddedSample.files().get(1);
    Files.write(target.resolve(file), new byte[] {1, 2, 3});

    EmbeddedSample.extractTo(target);

    assertArrayEquals(resource(file), Files.readAllBytes(target.resolve(file)));
  }
}
