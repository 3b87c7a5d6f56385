package dev.plumb.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plumb} command: its sub-commands do the work. */
@Command(
    name = "plumb",
    mixinStandardHelpOptions = true,
    versionProvider = PlumbVersion.class,
    description = "Lints database schemas and SQL migrations against what the application expects.",
    subcommands = {CheckCommand.class, SnapshotCommand.class, RulesCommand.class},
    exitCodeOnInvalidInput = ExitCodes.USAGE_OR_INPUT,
    exitCodeOnExecutionException = ExitCodes.USAGE_OR_INPUT,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:usage, input or connection error"})
public final class PlumbCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // The MariaDB driver logs each failed attempt to stderr itself; plumb reports the failure in one line.
    if (System.getProperty("mariadb.logging.disable") == null) {
      System.setProperty("mariadb.logging.disable", "true");
    }
    System.exit(execute(args));
  }

  /** Runs the command line as {@code main} would, without exiting the JVM: for tests and embedding. */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
  }

  /** Runs the command line with its output going to the given writers. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new PlumbCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'plumb check'");
  }
}
