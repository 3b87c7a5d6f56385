package dev.plumb.rules.live;

import static dev.plumb.rules.live.HistoryRuleFixtures.EMPTY;
import static dev.plumb.rules.live.HistoryRuleFixtures.flyway;
import static dev.plumb.rules.live.HistoryRuleFixtures.golangMigrate;
import static dev.plumb.rules.live.HistoryRuleFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.live.AppliedMigration;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.live.MigrationTool;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingMigrationTest {

  private static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY);\n";

  private final RuleTester tester = RuleTester.of(new PendingMigration());

  @Test
  void flywayFilesWithoutARowArePending() {
    List<Finding> findings = tester.live(EMPTY, history(flyway("1", "V1__users.sql", V1)))
        .migration("db/V1__users.sql", V1)
        .migration("db/V2__orders.sql", """
            -- expect-file: pending-migration (warning)
            CREATE TABLE orders (id bigint PRIMARY KEY);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Migration V2__orders.sql (version 2) is not in the database's "
        + "Flyway history: it has not been applied");
  }

  @Test
  void golangMigrateFilesAfterTheCurrentVersionArePending() {
    tester.live(EMPTY, history(golangMigrate("1", false)))
        .migration("m/1_users.up.sql", V1)
        .migration("m/2_orders.up.sql", """
            -- expect-file: pending-migration
            CREATE TABLE orders (id bigint PRIMARY KEY);
            """)
        .migration("m/3_items.up.sql", """
            -- expect-file: pending-migration
            CREATE TABLE items (id bigint PRIMARY KEY);
            """)
        .check();
  }

  @Test
  void dbmateVersionsWrittenWithLeadingZerosMatch() {
    tester.live(EMPTY, history(AppliedMigration.versionOnly("20240101120000", MigrationTool.RAILS)))
        .migration("db/migrations/20240101120000_users.sql", "-- migrate:up\n" + V1 + "-- migrate:down\n")
        .check();
  }

  @Test
  void everythingAppliedGivesNothing() {
    tester.live(EMPTY, history(flyway("1", "V1__users.sql", V1), flyway("2", "V2__t.sql", "SELECT 1;\n")))
        .migration("db/V1__users.sql", V1)
        .migration("db/V2__t.sql", "SELECT 1;\n")
        .check();
  }

  @Test
  void aDatabaseWithoutHistoryGivesNothing() {
    tester.live(EMPTY, LiveFacts.NONE).migration("db/V1__users.sql", V1).check();
  }

  @Test
  void withoutALiveDatabaseNothingIsPending() {
    tester.migration("db/V1__users.sql", V1).check();
  }
}
