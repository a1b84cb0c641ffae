package dev.furrow.app.cli;

import dev.furrow.app.config.ConfigurationException;
import dev.furrow.domain.job.UnknownRunsException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Command line: the {@code furrow} command and its sub-commands. */
@Command(
    name = "furrow",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Snowplow event data modeling on Apache Spark.",
    subcommands = {
      RunCommand.class,
      RunsCommand.class,
      TransformCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success, including nothing to do",
      "1:a run failed, an input could not be read, or an unexpected error",
      "2:usage or configuration error (nothing was done)"
    },
    footer = {"", "Run `furrow COMMAND --help` for the options of a command."})
public final class FurrowCommand implements Callable<Integer> {

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  @Spec private CommandSpec spec;

  private FurrowCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Parses {@code args}, runs the command and returns its exit code. */
  public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine commandLine = new CommandLine(new FurrowCommand(in, out, err));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    commandLine.setExecutionExceptionHandler(FurrowCommand::handle);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int handle(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof ConfigurationException) {
      err.println("furrow: configuration error: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    if (e instanceof UsageException || e instanceof UnknownRunsException) {
      err.println("furrow " + commandLine.getCommandName() + ": " + e.getMessage());
      err.println("Run `furrow " + commandLine.getCommandName() + " --help` for usage.");
      err.flush();
      return ExitCodes.USAGE;
    }
    err.println("furrow " + commandLine.getCommandName() + ": failed: " + e);
    e.printStackTrace(err);
    err.flush();
    return ExitCodes.FAILED;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }
}
