package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.MigrationTrace;

/** A migration edited after it ran: the database has the old statements, the files describe the new ones. */
@RuleInfo(
    id = "migration-checksum-mismatch",
    severity = Severity.ERROR,
    category = "live",
    summary = "A migration file was changed after it was applied",
    description = "Flyway records a CRC32 of each migration's lines in `flyway_schema_history.checksum`, Drizzle "
        + "the SHA-256 of each file in `__drizzle_migrations.hash`. When the file's checksum is no longer the "
        + "recorded one, the file was edited after the database ran it: the database will never run the edit, "
        + "databases migrated later will, and the two drift apart. Flyway's `validate` (run by `migrate` by "
        + "default) fails on it.",
    remediation = "Put the file back as it was applied and make the change in a new migration; if the edit changes "
        + "nothing in the database, record the new checksum (Flyway: `flyway repair`).")
public final class MigrationChecksumMismatch implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.migrations().ifPresent(trace -> check(context, trace));
  }

  private static void check(RuleContext context, MigrationTrace trace) {
    HistoryComparison comparison = HistoryComparison.of(context.liveFacts().history(), trace);
    for (HistoryComparison.Mismatch mismatch : comparison.mismatches()) {
      context.report(Location.of(SourceSpan.fileStart(mismatch.file().upFile())), "Migration "
              + mismatch.file().name() + " was changed after it was applied: the "
              + mismatch.applied().tool().displayName() + " history records checksum "
              + mismatch.applied().checksum().orElseThrow() + ", the file now has "
              + mismatch.file().checksum().orElseThrow())
          .remediation(MigrationRepairs.afterEdit(mismatch.applied().tool()));
    }
  }
}
