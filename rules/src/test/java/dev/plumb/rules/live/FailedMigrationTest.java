package dev.plumb.rules.live;

import static dev.plumb.rules.live.HistoryRuleFixtures.EMPTY;
import static dev.plumb.rules.live.HistoryRuleFixtures.flyway;
import static dev.plumb.rules.live.HistoryRuleFixtures.golangMigrate;
import static dev.plumb.rules.live.HistoryRuleFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailedMigrationTest {

  private static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY);\n";

  private final RuleTester tester = RuleTester.of(new FailedMigration());

  @Test
  void aFailedFlywayMigrationIsReportedAtItsFile() {
    List<Finding> findings = tester.live(EMPTY, history(flyway("1", "V1__users.sql", V1),
            flyway("2", "V2__orders.sql", "77", false)))
        .migration("db/V1__users.sql", V1)
        .migration("db/V2__orders.sql", """
            -- expect-file: failed-migration (error)
            CREATE TABLE orders (id bigint PRIMARY KEY);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("The Flyway history says version 2 (V2__orders.sql) failed");
    assertThat(findings.get(0).remediations().get(0).description()).contains("flyway repair");
  }

  @Test
  void aDirtyGolangMigrateVersion() {
    List<Finding> findings = tester.live(EMPTY, history(golangMigrate("2", true)))
        .migration("m/1_users.up.sql", V1)
        .migration("m/2_orders.up.sql", """
            -- expect-file: failed-migration
            CREATE TABLE orders (id bigint PRIMARY KEY);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("The golang-migrate history says version 2 was left dirty: "
        + "it failed partway");
    assertThat(findings.get(0).remediations().get(0).description()).contains("force 2");
  }

  @Test
  void withoutMigrationsTheFailureIsReportedAtItsTable() {
    tester.live(EMPTY, history(golangMigrate("3", true)))
        .expectAtAnchor("failed-migration")
        .check();
  }

  @Test
  void successfulMigrationsGiveNothing() {
    tester.live(EMPTY, history(flyway("1", "V1__users.sql", V1), golangMigrate("1", false)))
        .migration("db/V1__users.sql", V1)
        .check();
  }
}
