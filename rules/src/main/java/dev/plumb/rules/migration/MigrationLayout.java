package dev.plumb.rules.migration;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.SourceProblem;

/** A file the migration tool would skip or choke on is a file nobody reviewed as part of the set. */
@RuleInfo(
    id = "migration-layout",
    severity = Severity.WARNING,
    category = "migration",
    summary = "A file does not fit the migration layout",
    description = "Plumb reads the migrations the way their tool does (Flyway, golang-migrate, dbmate, one folder "
        + "per migration, drizzle, numbered files). This finding is a file that does not fit: a SQL file in the "
        + "migrations folder whose name the tool does not recognise (so it never runs), a down migration without "
        + "its up, a drizzle journal that does not read or lists a file that is missing, a dbmate file without a "
        + "`-- migrate:up` line. The run goes on without the file.",
    remediation = "Rename the file so that the tool runs it, move it out of the migrations folder, or exclude it "
        + "with `exclude:` in plumb.yml. If Plumb picked the wrong layout, name the right one with `--layout` or "
        + "`layout:` in plumb.yml.")
public final class MigrationLayout implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    for (SourceProblem problem : context.sourceProblems()) {
      if (problem.kind().equals(SourceProblem.MIGRATION_LAYOUT)) {
        context.report(Location.of(problem.span()), problem.message());
      }
    }
  }
}
