package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.live.MigrationTool;
import java.util.List;
import java.util.Optional;

/** A migration that failed halfway leaves the schema in between, and the tool refuses to go on until repaired. */
@RuleInfo(
    id = "failed-migration",
    severity = Severity.ERROR,
    category = "live",
    summary = "The database's migration history records a failed migration",
    description = "Flyway writes `success = false` for a migration that failed, golang-migrate leaves "
        + "`dirty = true` on the version it was applying. Where the migration did not run in one transaction (MySQL "
        + "and MariaDB commit each DDL statement; PostgreSQL with `CREATE INDEX CONCURRENTLY` and the like), part "
        + "of it is in the database. Both tools refuse to migrate further until the history is repaired.",
    remediation = "Find out what the migration already changed and finish or undo it by hand; then repair the "
        + "history (Flyway: `flyway repair`; golang-migrate: `migrate force VERSION`) and migrate again.")
public final class FailedMigration implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    // A failure needs no files to be seen: without migrations every failed row is reported where its table is.
    List<HistoryComparison.Failed> failures = context.migrations()
        .map(trace -> HistoryComparison.of(context.liveFacts().history(), trace).failed())
        .orElseGet(() -> context.liveFacts().history().stream().filter(a -> !a.success())
            .map(a -> new HistoryComparison.Failed(a, Optional.empty())).toList());
    for (HistoryComparison.Failed failed : failures) {
      String tool = failed.applied().tool().displayName();
      Location location = failed.file()
          .map(f -> Location.of(SourceSpan.fileStart(f.upFile())))
          .orElseGet(() -> Location.of(Optional.empty(), ObjectPath.of(failed.applied().tool().table())));
      String verb = failed.applied().tool() == MigrationTool.GOLANG_MIGRATE
          ? " was left dirty: it failed partway" : " failed";
      context.report(location, "The " + tool + " history says "
              + AppliedMigrationMissingFile.describe(failed.applied()) + verb)
          .remediation(MigrationRepairs.afterFailure(failed.applied()));
    }
  }
}
