package dev.furrow.spark;

import static dev.furrow.spark.Batches.assertSameResults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.furrow.domain.job.ProcessedBatch;
import dev.furrow.domain.job.RunCounts;
import dev.furrow.domain.model.Dedup;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.model.RowCombiner;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.run.RunFolder;
import dev.furrow.domain.run.RunId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batching runs in one Spark job changes nothing about each run's results. */
class SparkModelEngineBatchIT {

  @TempDir static Path dir;
  static List<RunFolder> runs;

  final SparkModelEngine engine = new SparkModelEngine(TestSpark.session());

  @BeforeAll
  static void writeRuns() {
    runs = RunFixture.write(dir);
  }

  @Test
  void batchOfRuns_givesEachRunWhatProcessingItAloneGives() {
    List<Model> models = new ArrayList<>(BuiltInModels.all());
    models.add(TestModels.typed());
    models.add(TestModels.custom());
    try (ProcessedBatch together = engine.process(runs, models, Dedup.NATURAL)) {
      for (RunFolder run : runs) {
        try (ProcessedBatch alone = engine.process(List.of(run), models, Dedup.NATURAL)) {
          assertSameResults(alone, together, List.of(run.id()), models);
        }
      }
    }
  }

  @Test
  void runsProcessedOneAtATime_combinedByTheirRules_equalAllRunsProcessedAsOne() {
    RunFolder a = runs.get(0);
    RunFolder b = runs.get(1);
    RunFolder both = new RunFolder(RunId.of("run=both"), dir.resolve("both").toUri());
    copyTree(Path.of(a.location()), dir.resolve("both/a"));
    copyTree(Path.of(b.location()), dir.resolve("both/b"));
    List<Model> models = BuiltInModels.all();

    try (ProcessedBatch first = engine.process(List.of(a), models, Dedup.NATURAL);
        ProcessedBatch second = engine.process(List.of(b), models, Dedup.NATURAL);
        ProcessedBatch all = engine.process(List.of(both), models, Dedup.NATURAL)) {
      RunCounts countsA = first.counts(a.id());
      RunCounts countsB = second.counts(b.id());
      assertEquals(
          new RunCounts(
              countsA.lines() + countsB.lines(),
              countsA.events() + countsB.events(),
              countsA.badLines() + countsB.badLines(),
              countsA.duplicatesDropped() + countsB.duplicatesDropped()),
          all.counts(both.id()));
      for (Model model : models) {
        List<ModelRow> perRun = new ArrayList<>(Batches.rows(first, a.id(), model));
        perRun.addAll(Batches.rows(second, b.id(), model));
        List<ModelRow> combined = RowCombiner.combine(model, perRun);
        assertFalse(combined.isEmpty(), model.name());
        assertEquals(Batches.rows(all, both.id(), model), combined, model.name());
      }
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
