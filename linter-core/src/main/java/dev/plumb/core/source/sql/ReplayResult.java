package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.migration.MigrationTrace;
import java.util.List;

/**
 * The schema that a sequence of SQL files builds, and what could not be understood on the way.
 *
 * @param files the statements of every file read, ups and downs, for matching inline suppressions
 * @param statements how many statements the files hold, downs included
 * @param understood how many of them were parsed (by JSqlParser or by the fallback recogniser)
 * @param trace the replay statement by statement, with the downs replayed against their ups
 */
public record ReplayResult(Schema schema, List<SourceProblem> problems, List<ReplayedFile> files, int statements,
                           int understood, MigrationTrace trace) {

  public ReplayResult {
    requireNonNull(schema, "no schema given");
    problems = List.copyOf(requireNonNull(problems, "no problems given"));
    files = List.copyOf(requireNonNull(files, "no files given"));
    requireNonNull(trace, "no trace given");
  }
}
