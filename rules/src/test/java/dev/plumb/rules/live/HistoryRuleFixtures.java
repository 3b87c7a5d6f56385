package dev.plumb.rules.live;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.AppliedMigration.Kind;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.live.MigrationTool;
import dev.plumb.core.source.migration.FlywayChecksum;
import java.util.List;
import java.util.Optional;

/** Histories for the history rules' tests: rows as the tools write them. */
final class HistoryRuleFixtures {

  static final Schema EMPTY = Schema.empty(Dialect.POSTGRESQL);

  private HistoryRuleFixtures() {
  }

  static LiveFacts history(AppliedMigration... rows) {
    return LiveFacts.NONE.withHistory(List.of(rows));
  }

  /** A Flyway row for a file with this content, as Flyway records it. */
  static AppliedMigration flyway(String version, String script, String content) {
    return flyway(version, script, Integer.toString(FlywayChecksum.of(content)), true);
  }

  static AppliedMigration flyway(String version, String script, String checksum, boolean success) {
    return new AppliedMigration(Optional.ofNullable(version), "", Optional.of(script), Optional.of(checksum),
        success, Optional.empty(), MigrationTool.FLYWAY, version == null ? Kind.REPEATABLE : Kind.VERSIONED);
  }

  static AppliedMigration golangMigrate(String version, boolean dirty) {
    return new AppliedMigration(Optional.of(version), "", Optional.empty(), Optional.empty(), !dirty,
        Optional.empty(), MigrationTool.GOLANG_MIGRATE, Kind.VERSIONED);
  }

  static AppliedMigration drizzle(String hash) {
    return new AppliedMigration(Optional.empty(), "", Optional.empty(), Optional.of(hash), true, Optional.empty(),
        MigrationTool.DRIZZLE, Kind.VERSIONED);
  }
}
