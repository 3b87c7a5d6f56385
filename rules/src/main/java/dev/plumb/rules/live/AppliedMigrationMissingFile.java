package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.migration.MigrationTrace;
import java.util.Optional;

/** A migration the database ran that no file holds any more: nobody can rebuild this schema from the files. */
@RuleInfo(
    id = "applied-migration-missing-file",
    severity = Severity.ERROR,
    category = "live",
    summary = "The database's migration history has a migration no file holds",
    description = "The live database's migration history records a migration as applied, but none of the "
        + "migration files has its version (or, for Flyway's repeatable migrations, its script name; for Drizzle, "
        + "its place in the journal). The file was deleted or renamed after it ran, or the database was migrated "
        + "from another branch. A fresh database built from the files will differ from this one, and Flyway's "
        + "`validate` fails on it.",
    remediation = "Restore the file from version control; if it was removed on purpose, tell the tool (Flyway: "
        + "`flyway repair`).")
public final class AppliedMigrationMissingFile implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.migrations().ifPresent(trace -> check(context, trace));
  }

  private static void check(RuleContext context, MigrationTrace trace) {
    HistoryComparison comparison = HistoryComparison.of(context.liveFacts().history(), trace);
    for (AppliedMigration applied : comparison.missingFiles()) {
      context.report(new Location(Optional.empty(), Optional.of(ObjectPath.of(applied.tool().table()))),
              "The " + applied.tool().displayName() + " history has " + describe(applied)
                  + " applied, but no migration file stands for it")
          .remediation(MigrationRepairs.afterRemoval(applied.tool()));
    }
  }

  static String describe(AppliedMigration applied) {
    if (applied.version().isPresent()) {
      return "version " + applied.version().get() + applied.script().map(s -> " (" + s + ")").orElse("");
    }
    return applied.script().map(s -> "repeatable migration " + s)
        .or(() -> applied.checksum().map(c -> "the migration with hash " + c))
        .orElse("a migration");
  }
}
