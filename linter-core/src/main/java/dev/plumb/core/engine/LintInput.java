package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.report.RunStats;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the sources built for one run.
 *
 * @param trace the migrations replayed statement by statement, when the schema came from SQL
 * @param fallbackAnchor where a finding that names no file is anchored (reports need a file for each finding)
 * @param baseDirectory the directory file names are relative to
 * @param settings how the migrations will be run
 * @param liveFacts the live database's health facts, when the schema under check was read from one
 */
public record LintInput(Schema actual, Optional<ExpectedSchema> expected, Optional<MigrationTrace> trace,
                        List<SourceProblem> problems,
                        List<Suppression> suppressions, RunStats stats, SourceSpan fallbackAnchor,
                        Path baseDirectory, MigrationSettings settings, Optional<LiveFacts> liveFacts) {

  public LintInput {
    requireNonNull(actual, "no schema under check given");
    requireNonNull(expected, "expected is Optional, not null");
    requireNonNull(trace, "trace is Optional, not null");
    problems = List.copyOf(requireNonNull(problems, "no problems given"));
    suppressions = List.copyOf(requireNonNull(suppressions, "no suppressions given"));
    requireNonNull(stats, "no stats given");
    requireNonNull(fallbackAnchor, "no fallback anchor given");
    requireNonNull(baseDirectory, "no base directory given");
    requireNonNull(settings, "no settings given");
    requireNonNull(liveFacts, "liveFacts is Optional, not null");
  }

  /** An input from files alone, without a live database. */
  public LintInput(Schema actual, Optional<ExpectedSchema> expected, Optional<MigrationTrace> trace,
                   List<SourceProblem> problems, List<Suppression> suppressions, RunStats stats,
                   SourceSpan fallbackAnchor, Path baseDirectory, MigrationSettings settings) {
    this(actual, expected, trace, problems, suppressions, stats, fallbackAnchor, baseDirectory, settings,
        Optional.empty());
  }
}
