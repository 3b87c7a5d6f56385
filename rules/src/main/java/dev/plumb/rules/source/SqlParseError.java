package dev.plumb.rules.source;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.SourceSpan;

/** A statement Plumb could not read is a statement no other rule checked, so it must not pass silently. */
@RuleInfo(
    id = "sql-parse-error",
    severity = Severity.WARNING,
    category = "source",
    summary = "A SQL statement could not be parsed",
    description = "The statement could not be parsed, so it did not change the schema model and no other rule "
        + "looked at it. The finding points at the exact place the parser gave up. Either the SQL is wrong (it "
        + "would fail in the database too) or it uses syntax Plumb does not know yet. A SQL file that is not UTF-8 "
        + "text is reported here too, at its first bad byte: a binary file is skipped, other bytes are read as "
        + "U+FFFD.",
    remediation = "Fix the syntax at the reported position. If the database accepts the statement, suppress this "
        + "finding with `-- plumb:ignore sql-parse-error <reason>` on the line before it and report the statement "
        + "to the Plumb project.")
public final class SqlParseError implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    for (SourceProblem problem : context.sourceProblems()) {
      if (problem.kind().equals(SourceProblem.SQL_PARSE_ERROR)) {
        FindingBuilder finding = context.report(Location.of(problem.span()), problem.message());
        // Where the problem is at the statement's start (or is about a whole file), the note would repeat it.
        if (!startsAtTheSamePlace(problem.statementSpan(), problem.span())) {
          finding.related(problem.statementSpan(), "the statement starts here");
        }
      }
    }
  }

  private static boolean startsAtTheSamePlace(SourceSpan statement, SourceSpan problem) {
    return statement.file().equals(problem.file()) && statement.line() == problem.line()
        && statement.column() == problem.column();
  }
}
