package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import java.util.List;

/** The statements of one file in order, and what the splitter could not close (an unterminated string...). */
public record SplitResult(List<SqlStatement> statements, List<SourceProblem> problems) {

  public SplitResult {
    statements = List.copyOf(requireNonNull(statements, "no statements given"));
    problems = List.copyOf(requireNonNull(problems, "no problems given"));
  }
}
