package dev.plumb.rules.live;

import static dev.plumb.rules.live.HistoryRuleFixtures.EMPTY;
import static dev.plumb.rules.live.HistoryRuleFixtures.flyway;
import static dev.plumb.rules.live.HistoryRuleFixtures.golangMigrate;
import static dev.plumb.rules.live.HistoryRuleFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.MigrationTool;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppliedMigrationMissingFileTest {

  private static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY);\n";
  /** A finding about a row without a file has no line of its own: the engine anchors it at the first file. */
  private static final String ANCHORED_V1 = "-- expect-file: applied-migration-missing-file (error)\n" + V1;

  private final RuleTester tester = RuleTester.of(new AppliedMigrationMissingFile());

  @Test
  void aFlywayVersionWithoutItsFile() {
    List<Finding> findings = tester.live(EMPTY, history(flyway("1", "V1__users.sql", ANCHORED_V1),
            flyway("1.1", "V1_1__gone.sql", "123", true)))
        .migration("db/V1__users.sql", ANCHORED_V1)
        .check();

    assertThat(findings.get(0).message())
        .isEqualTo("The Flyway history has version 1.1 (V1_1__gone.sql) applied, but no migration file stands for it");
    assertThat(findings.get(0).location().object()).contains(ObjectPath.of("flyway_schema_history"));
    assertThat(findings.get(0).remediations().get(0).description()).contains("flyway repair");
  }

  @Test
  void aRepeatableWhoseScriptIsGone() {
    List<Finding> findings = tester.live(EMPTY, history(flyway("1", "V1__users.sql", ANCHORED_V1),
            flyway(null, "R__old_views.sql", "5", true)))
        .migration("db/V1__users.sql", ANCHORED_V1)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("The Flyway history has repeatable migration R__old_views.sql "
        + "applied, but no migration file stands for it");
  }

  @Test
  void railsRowsWithoutFiles() {
    tester.live(EMPTY, history(AppliedMigration.versionOnly("20240101120000", MigrationTool.RAILS),
            AppliedMigration.versionOnly("20240202120000", MigrationTool.RAILS)))
        .migration("db/migrations/20240101120000_users.sql", "-- migrate:up\n" + ANCHORED_V1 + "-- migrate:down\n")
        .check();
  }

  @Test
  void golangMigrateAtAVersionNoFileHas() {
    tester.live(EMPTY, history(golangMigrate("9", false)))
        .migration("m/1_users.up.sql", ANCHORED_V1)
        .check();
  }

  @Test
  void everyRowHasItsFile() {
    tester.live(EMPTY, history(flyway("1", "V1__users.sql", V1), flyway(null, "R__views.sql", "5", true)))
        .migration("db/V1__users.sql", V1)
        .migration("db/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1 AS one;\n")
        .check();
  }

  @Test
  void aFailedRowIsAnotherRulesBusiness() {
    tester.live(EMPTY, history(flyway("1", "V1__users.sql", V1), flyway("2", "V2__gone.sql", "7", false)))
        .migration("db/V1__users.sql", V1)
        .check();
  }
}
