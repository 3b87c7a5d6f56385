package dev.plumb.rules.live;

import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.MigrationTool;

/** How each tool is told that its history is wrong, for the remediations of the history rules. */
final class MigrationRepairs {

  private MigrationRepairs() {
  }

  /** What to do about a failed (or dirty) migration. */
  static String afterFailure(AppliedMigration applied) {
    String version = applied.version().orElse("?");
    return switch (applied.tool()) {
      case FLYWAY -> "Find out what the failed migration already changed (on PostgreSQL a migration in a "
          + "transaction left nothing; on MySQL and MariaDB each DDL statement stays) and undo it by hand, fix the "
          + "file, then run `flyway repair` to remove the failed row and `flyway migrate` again.";
      case GOLANG_MIGRATE -> "The database is dirty at version " + version + ": golang-migrate refuses to go on. "
          + "Check what the migration changed, finish or undo it by hand, then run `migrate -path <dir> -database "
          + "<url> force " + version + "` if it is now complete (or `force` the previous version if you undid it), "
          + "and `migrate up` again.";
      default -> "Undo what the migration changed by hand, remove its row from the " + applied.tool().table()
          + " table, and apply it again.";
    };
  }

  /** What to do about a history row whose file is gone, if removing the file was meant. */
  static String afterRemoval(MigrationTool tool) {
    return switch (tool) {
      case FLYWAY -> "Restore the file from version control. If it was removed on purpose, `flyway repair` marks "
          + "the row as deleted (or set `ignoreMigrationPatterns=*:missing`).";
      case GOLANG_MIGRATE -> "Restore the file from version control: golang-migrate cannot go down from a version "
          + "it has no file for.";
      case DRIZZLE -> "Restore the file and its journal entry from version control: Drizzle matches its history "
          + "to the journal by order.";
      default -> "Restore the file from version control. If it was removed on purpose, delete its row from "
          + tool.table() + " once the schema no longer depends on it.";
    };
  }

  /** What to do about a file edited after it was applied. */
  static String afterEdit(MigrationTool tool) {
    String repair = tool == MigrationTool.FLYWAY
        ? " If the edit changes nothing in the database (comments, whitespace), `flyway repair` records the new "
            + "checksum."
        : " If the edit changes nothing in the database, update the hash in __drizzle_migrations.";
    return "Put the file back as it was applied, and make the change in a new migration: the database will never "
        + "run the edited file." + repair;
  }
}
