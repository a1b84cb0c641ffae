package dev.furrow.app.cli;

import dev.furrow.app.transform.InputFiles;
import dev.furrow.app.transform.TransformCounts;
import dev.furrow.app.transform.Transformer;
import dev.furrow.app.transform.Transformer.PartialReadException;
import dev.furrow.domain.json.JsonOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Command: {@code furrow transform}, enriched TSV lines to the Analytics SDK's JSON. */
@Command(
    name = "transform",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Turns Snowplow enriched events (TSV, one per line) into the flat JSON of the Snowplow "
          + "Analytics SDK (toJson), one object per line on stdout.",
      "Every line that is not a valid enriched event becomes a JSON bad row "
          + "{\"line\": ..., \"errors\": [...], \"error\": {...}}; none is dropped. A summary "
          + "(lines read, good, bad) goes to stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was read (bad lines do not change this)",
      "1:an input could not be read (e.g. a corrupt gzip file); the other inputs are still "
          + "transformed and the summary names it",
      "2:usage error, including a FILE that does not exist or an unwritable --bad FILE "
          + "(nothing is read)"
    })
final class TransformCommand implements Callable<Integer> {

  @ParentCommand private FurrowCommand parent;

  @Option(
      names = "--lossless",
      description =
          "Keep all 131 fields with contexts and unstruct_event as self-describing JSON "
              + "(the SDK's toJson(lossy = false)). Default: lossy, i.e. contexts flattened into "
              + "contexts_<vendor>_<name>_<model> columns and geo_location added.")
  private boolean lossless;

  @Option(
      names = "--omit-nulls",
      description = "Leave out keys whose value is null (the Python SDK's style).")
  private boolean omitNulls;

  @Option(
      names = "--bad",
      paramLabel = "FILE",
      description = "Write bad rows to FILE (replaced if it exists). Default: stderr.")
  private Path badFile;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "0..*",
      description = {
        "Input files, plain or gzip (detected from the content, e.g. .gz files). A directory "
            + "means every file below it, recursively, except names starting with '.' or '_' "
            + "(such as _SUCCESS). Default: stdin."
      })
  private List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<Path> files;
    try {
      files = InputFiles.expand(inputs);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file or directory: " + e.getFile());
    }
    JsonOptions options = lossless ? JsonOptions.LOSSLESS : JsonOptions.LOSSY;
    if (omitNulls) {
      options = options.omittingEmpty();
    }
    Transformer transformer = new Transformer(options);
    PrintStream err = parent.err();
    Writer good = writer(parent.out());
    TransformCounts total = TransformCounts.ZERO;
    try (Writer bad = badWriter()) {
      if (inputs.isEmpty()) {
        total = transformOne("stdin", InputFiles.open(parent.in()), transformer, good, bad, err);
      } else {
        for (Path file : files) {
          BufferedReader reader;
          try {
            reader = InputFiles.open(file);
          } catch (IOException e) {
            bad.flush();
            err.println("furrow transform: cannot read " + file + ": " + describe(e));
            total = total.plus(new TransformCounts(0, 0, 0, 1));
            continue;
          }
          total = total.plus(transformOne(file.toString(), reader, transformer, good, bad, err));
        }
      }
    } finally {
      good.flush();
    }
    err.println("furrow transform: " + total.summary());
    err.flush();
    return total.unreadableInputs() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static TransformCounts transformOne(
      String name,
      BufferedReader reader,
      Transformer transformer,
      Writer good,
      Writer bad,
      PrintStream err)
      throws IOException {
    try (reader) {
      return transformer.transform(reader, good, bad);
    } catch (PartialReadException e) {
      good.flush();
      bad.flush();
      err.println(
          "furrow transform: cannot read "
              + name
              + " after line "
              + e.counts().lines()
              + ": "
              + describe(e.getCause()));
      return e.counts();
    }
  }

  private Writer badWriter() {
    if (badFile == null) {
      // Bad rows share stderr with messages: do not close it.
      return new BufferedWriter(new OutputStreamWriter(parent.err(), StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      Path parentDir = badFile.toAbsolutePath().getParent();
      if (parentDir != null) {
        Files.createDirectories(parentDir);
      }
      return Files.newBufferedWriter(badFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot write --bad " + badFile + ": " + describe(e), e);
    }
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  private static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
