package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationTrace;

/** A migration the database has not seen yet: the schema under check is not what the files build. */
@RuleInfo(
    id = "pending-migration",
    severity = Severity.WARNING,
    category = "live",
    summary = "A migration file has not been applied to the database",
    description = "The live database's migration history table (Flyway's `flyway_schema_history`, golang-migrate's "
        + "or Rails' and dbmate's `schema_migrations`, goose's `goose_db_version`, Drizzle's "
        + "`__drizzle_migrations`) has no row for this migration file. Either the deployment has not run yet, or the "
        + "tool skipped it: Flyway refuses a version lower than the latest applied one unless `outOfOrder` is set. "
        + "Findings about the live schema describe the database as it is, without this migration.",
    remediation = "Apply the pending migrations with the tool (`flyway migrate`, `migrate up`, `dbmate up`, "
        + "`goose up`, `drizzle-kit migrate`), or, if the file should not be applied, remove it from the set.")
public final class PendingMigration implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.migrations().ifPresent(trace -> check(context, trace));
  }

  private static void check(RuleContext context, MigrationTrace trace) {
    HistoryComparison comparison = HistoryComparison.of(context.liveFacts().history(), trace);
    for (Migration file : comparison.pending()) {
      String tool = comparison.tool().orElseThrow().displayName();
      context.report(Location.of(SourceSpan.fileStart(file.upFile())), "Migration " + file.name()
          + file.version().map(v -> " (version " + v + ")").orElse("") + " is not in the database's " + tool
          + " history: it has not been applied");
    }
  }
}
