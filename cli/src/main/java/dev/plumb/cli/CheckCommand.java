package dev.plumb.cli;

import dev.plumb.core.engine.CheckRequest;
import dev.plumb.core.engine.CheckRunner;
import dev.plumb.core.engine.FailOn;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.report.ReportWriter;
import dev.plumb.core.report.json.JsonReportWriter;
import dev.plumb.core.report.sarif.SarifReportWriter;
import dev.plumb.core.report.text.TextReportWriter;
import dev.plumb.core.source.InputException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plumb check}: builds the schema from SQL files or reads it from a live database, compares it with the
 * expected schema, reports.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = PlumbVersion.class,
    description = "Check SQL migrations or, with --db, a live database (and, with --expected, what the application "
        + "expects) and report findings.")
final class CheckCommand implements Callable<Integer> {

  enum Format { text, sarif, json }

  enum ColourMode { auto, always, never }

  @Spec
  private CommandSpec spec;

  @Mixin
  private InputOptions input;

  @Mixin
  private MigrationSettingsOptions settings;

  @Mixin
  private DatabaseOptions database;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "SQL migration files or folders of them, replayed in the order their layout gives.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--expected", paramLabel = "FILE", description = "Expected-schema YAML file.")
  private Path expected;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} "
      + "(default: text).")
  private Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE, not stdout.")
  private Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 if a finding is at least this severe: error (default), warning, note or never.")
  private String failOn;

  @Option(names = "--color", paramLabel = "WHEN", description = "Colour text output: ${COMPLETION-CANDIDATES} "
      + "(default: auto, i.e. on a terminal unless NO_COLOR is set).")
  private ColourMode colour = ColourMode.auto;

  @Override
  public Integer call() throws InputException, IOException {
    PrintWriter err = spec.commandLine().getErr();
    CheckRunner.Outcome outcome = new CheckRunner(PlumbVersion.current(), message -> err.println("plumb: " + message))
        .run(request());
    writeReport(outcome.report());
    return outcome.failed() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /** What the options ask for; a bad value stops the run as a usage error. */
  CheckRequest request() {
    Optional<FailOn> chosenFailOn = Optional.empty();
    if (failOn != null) {
      chosenFailOn = Optional.of(FailOn.fromId(failOn).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "unknown --fail-on level '" + failOn + "'; use one of " + FailOn.ids())));
    }
    return new CheckRequest(InputOptions.absolute(paths), Optional.ofNullable(expected).map(InputOptions::absolute),
        input.config(), input.dialect(), input.layout(), chosenFailOn, input.workingDirectory(),
        settings.postgresVersion(), settings.assumeInTransaction(), database.target(input.dialect(), System::getenv));
  }

  private void writeReport(LintReport report) throws IOException {
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      writer(useColour()).write(report, out);
      out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
      writer(false).write(report, out);
    }
  }

  private ReportWriter writer(boolean colourText) {
    return switch (format) {
      case text -> new TextReportWriter(colourText);
      case sarif -> new SarifReportWriter();
      case json -> new JsonReportWriter();
    };
  }

  private boolean useColour() {
    return switch (colour) {
      case always -> true;
      case never -> false;
      case auto -> System.console() != null && System.getenv("NO_COLOR") == null
          && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
