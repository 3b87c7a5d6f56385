package dev.plumb.cli;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.engine.CheckRequest;
import dev.plumb.core.engine.SnapshotRunner;
import dev.plumb.core.report.RunStats;
import dev.plumb.core.report.yaml.ExpectedSchemaYamlWriter;
import dev.plumb.core.source.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plumb snapshot}: replays the migrations and writes the schema they build as expected-schema YAML, the
 * starting point of a schema file a team keeps under review; {@code plumb check --expected} of the snapshot
 * against the same migrations reports nothing.
 */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    versionProvider = PlumbVersion.class,
    description = "Replay SQL migrations and write the schema they build as expected-schema YAML.")
final class SnapshotCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputOptions input;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "SQL files or folders of them, replayed in version order (V1__, 001_, ...).")
  private List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the YAML to FILE, not stdout.")
  private Path output;

  @Override
  public Integer call() throws InputException, IOException {
    CheckRequest request = new CheckRequest(InputOptions.absolute(paths), Optional.empty(), input.config(),
        input.dialect(), input.layout(), Optional.empty(), input.workingDirectory());
    PrintWriter err = spec.commandLine().getErr();
    SnapshotRunner.Snapshot snapshot = new SnapshotRunner(message -> err.println("plumb: " + message)).run(request);

    String yaml = new ExpectedSchemaYamlWriter().write(snapshot.schema(), header(snapshot));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(yaml);
      out.flush();
    } else {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, yaml, StandardCharsets.UTF_8);
    }
    for (SourceProblem problem : snapshot.problems()) {
      err.println(problem.span() + ": warning[" + problem.kind() + "] " + problem.message());
    }
    err.println("plumb: snapshot of " + count(snapshot.schema().tables().size(), "table") + " from "
        + summary(snapshot.stats()));
    err.flush();
    return ExitCodes.CLEAN;
  }

  /** Says where the file came from and, if the replay was incomplete, what it lacks. */
  private static List<String> header(SnapshotRunner.Snapshot snapshot) {
    List<String> lines = new ArrayList<>();
    lines.add("The schema the migrations build, written by plumb snapshot. Edit it to say what the application");
    lines.add("expects (required: false, only the columns it uses), then: plumb check --expected FILE MIGRATIONS");
    if (!snapshot.problems().isEmpty()) {
      lines.add("");
      lines.add("Plumb did not understand these, so what they change is missing here:");
      snapshot.problems().forEach(problem -> lines.add("  " + problem.span() + ": " + problem.message()));
    }
    return lines;
  }

  private static String summary(RunStats stats) {
    return count(stats.files(), "file") + " (" + stats.statementsUnderstood() + " of " + stats.statements()
        + " statements understood)";
  }

  private static String count(int n, String noun) {
    return count(n, noun, noun + "s");
  }

  private static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

}
