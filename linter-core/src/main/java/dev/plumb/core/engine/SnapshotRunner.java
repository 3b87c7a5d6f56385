package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.report.RunStats;
import dev.plumb.core.source.InputException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One {@code plumb snapshot}: replays the SQL files of a request exactly as {@code plumb check} would (same
 * config, excludes, order and dialect) and keeps the schema they build, so that a snapshot and a check of the
 * same migrations always see the same schema. No rules run and no expected schema is read.
 */
public final class SnapshotRunner {

  /**
   * The schema the migrations build.
   *
   * @param problems what could not be understood on the way; the schema lacks whatever those statements did
   */
  public record Snapshot(Schema schema, List<SourceProblem> problems, RunStats stats) {

    public Snapshot {
      requireNonNull(schema, "no schema given");
      problems = List.copyOf(requireNonNull(problems, "no problems given"));
      requireNonNull(stats, "no stats given");
    }
  }

  private final Consumer<String> warnings;

  /**
   * @param warnings told about things worth a line on stderr that do not stop the run (a folder without SQL)
   */
  public SnapshotRunner(Consumer<String> warnings) {
    this.warnings = requireNonNull(warnings, "no warning sink given");
  }

  /** Replays the request's SQL paths; its expected schema and fail-on level are not used. */
  public Snapshot run(CheckRequest request) throws InputException {
    requireNonNull(request, "no request given");
    if (request.sqlPaths().isEmpty()) {
      throw new InputException("plumb snapshot", "nothing to replay: name SQL files or folders of migrations");
    }
    PlumbConfig config = CheckRunner.loadConfig(request);
    Optional<Dialect> dialect = request.dialect().or(config::dialect);
    LintInputBuilder input = new LintInputBuilder(Optional.of(dialect.orElse(Dialect.POSTGRESQL)),
        request.workingDirectory());
    CheckRunner.addMigrations(request, config, input, warnings);
    LintInput replayed = input.build();
    return new Snapshot(replayed.actual(), replayed.problems(), replayed.stats());
  }
}
