package dev.plumb.rules.migration;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationTrace;
import java.util.Optional;

/** A migration without a down cannot be rolled back when the deploy that runs it goes wrong. */
@RuleInfo(
    id = "missing-down-migration",
    severity = Severity.WARNING,
    category = "migration",
    summary = "A migration has no down migration",
    description = "The project keeps down migrations (golang-migrate's `.down.sql`, dbmate's `-- migrate:down` "
        + "section, a folder's `down.sql`, or Flyway undo migrations `U<version>__` once the project has any), but "
        + "this migration has none, so it cannot be rolled back. A down that exists but is empty counts as a down: "
        + "that is how a migration is marked irreversible on purpose. Projects that never roll back switch the rule "
        + "off (`missing-down-migration: off` under `rules:` in plumb.yml).",
    remediation = "Add the down migration that reverts the up, statement by statement in reverse order. If the "
        + "migration cannot be reverted, add an empty down with a comment saying why.")
public final class MissingDownMigration implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Optional<MigrationTrace> trace = context.migrations();
    if (trace.isEmpty() || !trace.get().hasDowns()) {
      return;
    }
    for (Migration migration : trace.get().migrations()) {
      if (migration.kind() != MigrationKind.VERSIONED || migration.downFile().isPresent()) {
        continue;
      }
      String down = expectedDown(trace.get().layout(), migration);
      context.report(Location.of(SourceSpan.fileStart(migration.upFile())), migration.name()
          + " has no down migration (" + down + ")")
          .remediation("Add " + down + " that reverts " + migration.name() + "; if it cannot be reverted, leave it "
              + "empty with a comment saying why.");
    }
  }

  /** Where the layout would look for the down, in words a user can act on. */
  static String expectedDown(String layout, Migration migration) {
    String up = migration.upFile();
    return switch (layout) {
      case "flyway" -> up.substring(0, up.lastIndexOf('/') + 1) + "U" + migration.name().substring(1);
      case "golang-migrate" -> up.substring(0, up.length() - ".up.sql".length()) + ".down.sql";
      case "folder-per-migration" -> up.substring(0, up.lastIndexOf('/') + 1) + "down.sql";
      case "dbmate" -> "a '-- migrate:down' section at the end of the file";
      default -> "a down migration";
    };
  }
}
