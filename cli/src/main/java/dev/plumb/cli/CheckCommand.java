package dev.plumb.cli;

import dev.plumb.core.engine.CheckRequest;
import dev.plumb.core.engine.CheckRunner;
import dev.plumb.core.engine.FailOn;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.report.ReportWriter;
import dev.plumb.core.report.json.JsonReportWriter;
import dev.plumb.core.report.sarif.SarifReportWriter;
import dev.plumb.core.report.text.TextReportWriter;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.migration.MigrationLayouts;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumb check}: builds the schema from SQL files, compares it with the expected schema, reports. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = PlumbVersion.class,
    description = "Check SQL migrations (and, with --expected, what the application expects) and report findings.")
final class CheckCommand implements Callable<Integer> {

  enum Format { text, sarif, json }

  enum ColourMode { auto, always, never }

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "SQL migration files or folders of them, replayed in the order their layout gives.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--expected", paramLabel = "FILE", description = "Expected-schema YAML file.")
  private Path expected;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: plumb.yml in the working directory, if there is one).")
  private Path config;

  @Option(names = "--dialect", paramLabel = "NAME",
      description = "SQL dialect: postgresql (default), mysql, mariadb, sqlite, h2.")
  private String dialect;

  @Option(names = "--layout", paramLabel = "NAME", description = "Migration layout, instead of detecting it: "
      + "flyway, golang-migrate, dbmate, folder-per-migration, drizzle, numbered or files.")
  private String layout;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} "
      + "(default: text).")
  private Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE, not stdout.")
  private Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 if a finding is at least this severe: error (default), warning, note or never.")
  private String failOn;

  @Option(names = "--base-dir", paramLabel = "DIR", description = "Directory that file names in the report are "
      + "relative to, e.g. the repository root for SARIF (default: the working directory). plumb.yml is looked for "
      + "here.")
  private Path baseDirectory;

  @Option(names = "--color", paramLabel = "WHEN", description = "Colour text output: ${COMPLETION-CANDIDATES} "
      + "(default: auto, i.e. on a terminal unless NO_COLOR is set).")
  private ColourMode colour = ColourMode.auto;

  @Override
  public Integer call() throws InputException, IOException {
    Optional<Dialect> chosenDialect = Optional.empty();
    if (dialect != null) {
      chosenDialect = Optional.of(Dialect.fromId(dialect).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "unknown dialect '" + dialect + "'; known: " + Dialect.knownIds())));
    }
    if (layout != null && !MigrationLayouts.isKnown(layout)) {
      throw new ParameterException(spec.commandLine(), "unknown layout '" + layout + "'; known: "
          + String.join(", ", MigrationLayouts.ids()));
    }
    Optional<FailOn> chosenFailOn = Optional.empty();
    if (failOn != null) {
      chosenFailOn = Optional.of(FailOn.fromId(failOn).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "unknown --fail-on level '" + failOn + "'; use one of " + FailOn.ids())));
    }
    Path workingDirectory = absolute(baseDirectory == null ? Path.of("") : baseDirectory);
    CheckRequest request = new CheckRequest(paths.stream().map(CheckCommand::absolute).toList(),
        Optional.ofNullable(expected).map(CheckCommand::absolute),
        Optional.ofNullable(config).map(CheckCommand::absolute), chosenDialect, Optional.ofNullable(layout),
        chosenFailOn, workingDirectory);
    PrintWriter err = spec.commandLine().getErr();
    CheckRunner.Outcome outcome = new CheckRunner(PlumbVersion.current(), message -> err.println("plumb: " + message))
        .run(request);
    writeReport(outcome.report());
    return outcome.failed() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
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
