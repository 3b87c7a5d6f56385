package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.SourceProblem;

/** A live check that could not read everything must say so, or its silence reads as a clean bill of health. */
@RuleInfo(
    id = "live-database-note",
    severity = Severity.NOTE,
    category = "live",
    summary = "Part of the live database could not be read",
    description = "Plumb reads a live database with whatever rights the connecting user has. Where it may not "
        + "read a catalog (sequence values without USAGE on them, another user's schema) or a check does not "
        + "apply to the server's version, introspection goes on without it and leaves a note: the rules that "
        + "needed that part say nothing about it, which is not the same as finding nothing.",
    remediation = "Connect as a user that may read what the note names (in PostgreSQL 14 and later the "
        + "pg_read_all_data role covers sequences), or accept the partial check.")
public final class LiveDatabaseNote implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    for (SourceProblem problem : context.sourceProblems()) {
      if (problem.kind().equals(SourceProblem.LIVE_DATABASE_NOTE)) {
        context.report(Location.of(problem.span()), problem.message());
      }
    }
  }
}
