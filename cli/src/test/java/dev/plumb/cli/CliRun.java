package dev.plumb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

  /** The repository root: tests run in the cli module's directory. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PlumbCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code plumb check} with file names relative to the repository root, as a user at the root sees them. */
  static CliRun checkAtRoot(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "check";
    all[1] = "--base-dir=" + ROOT;
    all[2] = "--color=never";
    for (int i = 0; i < args.length; i++) {
      all[i + 3] = args[i].startsWith("-") ? args[i] : ROOT.resolve(args[i]).toString();
    }
    return of(all);
  }
}
