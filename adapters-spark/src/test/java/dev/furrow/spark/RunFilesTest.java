package dev.furrow.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.local.LocalRunFiles;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {

  @TempDir Path dir;

  @Test
  void listsTheSameDataFilesAsTheLocalReader_skippingHiddenFilesAndFolders() {
    List<RunFolder> runs = RunFixture.write(dir);
    for (RunFolder run : runs) {
      List<String> expected =
          LocalRunFiles.dataFiles(run).stream().map(p -> p.toUri().getPath()).sorted().toList();
      List<String> listed =
          RunFiles.list(run, new Configuration()).stream()
              .map(p -> java.net.URI.create(p).getPath())
              .sorted()
              .toList();
      assertEquals(expected, listed, run.id().value());
    }
    assertEquals(3, RunFiles.list(runs.get(0), new Configuration()).size());
    assertEquals(List.of(), RunFiles.list(runs.get(2), new Configuration()));
  }

  @Test
  void globCharactersInNames_areEscaped() {
    assertEquals("file:/a/run\\[1\\]/p\\{x\\}\\*\\?", RunFiles.escapeGlob("file:/a/run[1]/p{x}*?"));
  }

  @Test
  void otherCompressions_andMissingFolders_fail() {
    RunFixture.writePlain(dir.resolve("run=x/part-0.bz2"), List.of("x"), "\n");
    RunFolder bz2 = new RunFolder(RunId.of("run=x"), dir.resolve("run=x").toUri());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RunFiles.list(bz2, new Configuration()));
    assertTrue(e.getMessage().contains("part-0.bz2"), e.getMessage());

    RunFolder missing = new RunFolder(RunId.of("run=y"), dir.resolve("run=y").toUri());
    UncheckedIOException gone =
        assertThrows(UncheckedIOException.class, () -> RunFiles.list(missing, new Configuration()));
    assertTrue(gone.getMessage().contains("run=y"), gone.getMessage());
  }
}
