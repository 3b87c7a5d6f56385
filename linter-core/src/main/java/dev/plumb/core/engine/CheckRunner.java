package dev.plumb.core.engine;

import dev.plumb.core.source.TextFiles;
import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.live.LiveConnector;
import dev.plumb.core.source.live.LiveTarget;
import dev.plumb.core.source.migration.MigrationLayouts;
import dev.plumb.core.source.migration.MigrationSet;
import dev.plumb.core.source.migration.MigrationSetReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One {@code plumb check} from request to report: reads the config, the expected schema, the migration set and
 * the live database, runs the rules. Everything the user got wrong surfaces as an {@link InputException}.
 */
public final class CheckRunner {

  /** The report, and the severity at which the run counts as failed. */
  public record Outcome(LintReport report, FailOn failOn) {

    public boolean failed() {
      return report.findings().stream().anyMatch(f -> failOn.failsOn(f.severity()));
    }
  }

  private final String toolVersion;
  private final Consumer<String> warnings;
  private final Supplier<RuleRegistry> rules;
  private final LiveConnector live = new LiveConnector();

  /**
   * @param warnings told about things worth a line on stderr that do not stop the run (a rule that failed)
   */
  public CheckRunner(String toolVersion, Consumer<String> warnings) {
    this(toolVersion, warnings, () -> RuleRegistry.discover(CheckRunner.class.getClassLoader()));
  }

  /** With the rules given instead of those on the class path, for tests. */
  CheckRunner(String toolVersion, Consumer<String> warnings, Supplier<RuleRegistry> rules) {
    this.toolVersion = requireNonNull(toolVersion, "no tool version given");
    this.warnings = requireNonNull(warnings, "no warning sink given");
    this.rules = requireNonNull(rules, "no rules given");
  }

  public Outcome run(CheckRequest request) throws InputException {
    Path workingDirectory = request.workingDirectory();
    PlumbConfig config = loadConfig(request);
    RuleRegistry registry = rules.get();
    RuleSelection selection = RuleSelection.configured(registry, ConfigValidator.settings(config, registry));

    Optional<Dialect> dialect = request.dialect().or(config::dialect);
    LintInputBuilder input = new LintInputBuilder(dialect, workingDirectory).settings(settings(request, config));
    config.file().ifPresent(input::configFile);
    Optional<Path> expected = request.expected().or(() -> config.expected().map(e -> configDirectory(request)
        .resolve(e)));
    if (expected.isEmpty() && request.sqlPaths().isEmpty() && request.database().isEmpty()) {
      throw new InputException("plumb check", "nothing to check: name SQL files or folders, --expected FILE "
          + "and/or --db URL");
    }
    if (expected.isPresent()) {
      Path file = expected.get();
      input.expectedDuringReplay(displayName(workingDirectory, file),
          TextFiles.readText(resolve(workingDirectory, file), displayName(workingDirectory, file)));
    }
    addMigrations(request, config, input, warnings);
    if (request.database().isPresent()) {
      LiveTarget target = request.database().get();
      // The URL names the database; a dialect given only in plumb.yml helps where it does not.
      input.live(live.read(target.dialect().isPresent() ? target : withDialect(target, dialect)));
    }

    LintReport report = new LintEngine(selection, toolVersion, warnings).run(input.buildChecked());
    return new Outcome(report, request.failOn().or(config::failOn).orElse(FailOn.ERROR));
  }

  private static LiveTarget withDialect(LiveTarget target, Optional<Dialect> dialect) {
    return new LiveTarget(target.url(), target.user(), target.password(), dialect, target.schemas(),
        target.connectRetries(), target.connectTimeout());
  }

  /** How the migrations will be run: the command line over plumb.yml over the defaults. */
  static MigrationSettings settings(CheckRequest request, PlumbConfig config) {
    Optional<Integer> version = request.postgresVersion().or(config::postgresVersion);
    MigrationSettings settings = version.map(MigrationSettings.DEFAULT::withPostgresVersion)
        .orElse(MigrationSettings.DEFAULT);
    Optional<Boolean> inTransaction = request.assumeInTransaction().or(config::assumeInTransaction);
    return inTransaction.isPresent() ? settings.withAssumeInTransaction(inTransaction.get()) : settings;
  }

  /** Reads the request's SQL paths as a migration set (the layout detected or forced) into the input. */
  static void addMigrations(CheckRequest request, PlumbConfig config, LintInputBuilder input,
                            Consumer<String> warnings) throws InputException {
    if (request.sqlPaths().isEmpty()) {
      return;
    }
    Path workingDirectory = request.workingDirectory();
    // Relative to the working directory, so messages and the exclude globs see the paths as the user does.
    MigrationSet set = new MigrationSetReader(workingDirectory, config.exclude(), layout(request, config))
        .read(request.sqlPaths().stream().map(p -> Path.of(displayName(workingDirectory, p))).toList());
    if (set.migrations().isEmpty() && set.problems().isEmpty()) {
      warnings.accept("no .sql files found in " + String.join(", ", request.sqlPaths().stream()
          .map(p -> displayName(workingDirectory, p)).toList()) + "; the schema under check is empty");
    }
    input.migrations(set);
  }

  private static Optional<String> layout(CheckRequest request, PlumbConfig config) throws InputException {
    Optional<String> layout = request.layout().or(config::layout);
    if (layout.isPresent() && !MigrationLayouts.isKnown(layout.get())) {
      throw new InputException("--layout", "unknown layout '" + layout.get() + "'; known layouts are "
          + String.join(", ", MigrationLayouts.ids()));
    }
    return layout;
  }

  static PlumbConfig loadConfig(CheckRequest request) throws InputException {
    Path workingDirectory = request.workingDirectory();
    if (request.config().isPresent()) {
      Path file = resolve(workingDirectory, request.config().get());
      return new PlumbConfigLoader().load(file, displayName(workingDirectory, file));
    }
    Path implicit = workingDirectory.resolve("plumb.yml");
    return Files.isRegularFile(implicit) ? new PlumbConfigLoader().load(implicit, "plumb.yml") : PlumbConfig.empty();
  }

  private static Path configDirectory(CheckRequest request) {
    return request.config().map(c -> resolve(request.workingDirectory(), c).getParent())
        .orElse(request.workingDirectory());
  }

  private static Path resolve(Path workingDirectory, Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** The name findings use for a file: relative to the working directory where it lies below it, with slashes. */
  static String displayName(Path workingDirectory, Path file) {
    Path absolute = resolve(workingDirectory, file);
    Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
