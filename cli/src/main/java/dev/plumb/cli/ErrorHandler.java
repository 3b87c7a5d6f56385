package dev.plumb.cli;

import dev.plumb.core.source.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into one line on stderr and exit code 2: users get the message, not a stack
 * trace. {@code PLUMB_DEBUG=1} prints the trace for bug reports.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    String message = e instanceof InputException ? e.getMessage() : describe(e);
    commandLine.getErr().println("plumb: " + message);
    if (System.getenv("PLUMB_DEBUG") != null) {
      e.printStackTrace(commandLine.getErr());
    }
    return ExitCodes.USAGE_OR_INPUT;
  }

  private static String describe(Exception e) {
    if (e instanceof java.io.IOException) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return "internal error (" + e + "); rerun with PLUMB_DEBUG=1 and report it";
  }
}
