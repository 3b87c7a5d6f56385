package dev.plumb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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

  /**
   * Runs {@code plumb check} as a user at the repository root would: arguments naming files under the root are
   * passed as absolute paths (tests run elsewhere), file names in the output are relative to the root.
   */
  static CliRun checkAtRoot(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "check";
    all[1] = "--base-dir=" + ROOT;
    all[2] = "--color=never";
    for (int i = 0; i < args.length; i++) {
      boolean file = !args[i].startsWith("-") && Files.exists(ROOT.resolve(args[i]));
      all[i + 3] = file ? ROOT.resolve(args[i]).toString() : args[i];
    }
    return of(all);
  }
}
