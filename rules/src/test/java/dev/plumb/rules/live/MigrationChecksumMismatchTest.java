package dev.plumb.rules.live;

import static dev.plumb.rules.live.HistoryRuleFixtures.EMPTY;
import static dev.plumb.rules.live.HistoryRuleFixtures.drizzle;
import static dev.plumb.rules.live.HistoryRuleFixtures.flyway;
import static dev.plumb.rules.live.HistoryRuleFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.source.migration.DrizzleHash;
import dev.plumb.core.source.migration.FlywayChecksum;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationChecksumMismatchTest {

  private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY);\n";
  private static final String EDITED = """
      -- expect-file: migration-checksum-mismatch (error)
      CREATE TABLE users (id bigint PRIMARY KEY, email text);
      """;
  private static final String JOURNAL = """
      {"version": "7", "dialect": "postgresql", "entries": [
        {"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true},
        {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_orders", "breakpoints": true}]}
      """;
  private static final String ORDERS = "CREATE TABLE orders (id bigint PRIMARY KEY);\n";

  private final RuleTester tester = RuleTester.of(new MigrationChecksumMismatch());

  @Test
  void aFlywayFileEditedAfterItWasApplied() {
    List<Finding> findings = tester.live(EMPTY, history(flyway("1", "V1__users.sql", USERS)))
        .migration("db/V1__users.sql", EDITED)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Migration V1__users.sql was changed after it was applied: "
        + "the Flyway history records checksum " + FlywayChecksum.of(USERS) + ", the file now has "
        + FlywayChecksum.of(EDITED));
    assertThat(findings.get(0).remediations().get(0).description()).contains("flyway repair");
  }

  @Test
  void lineEndingsDoNotCountForFlyway() {
    tester.live(EMPTY, history(flyway("1", "V1__users.sql", USERS)))
        .migration("db/V1__users.sql", USERS.replace("\n", "\r\n"))
        .check();
  }

  @Test
  void aRepeatableMayChange() {
    tester.live(EMPTY, history(flyway(null, "R__views.sql", "1", true)))
        .migration("db/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 2 AS two;\n")
        .check();
  }

  @Test
  void aDrizzleFileEditedAfterItWasApplied() {
    tester.live(EMPTY, history(drizzle(DrizzleHash.of(USERS)), drizzle(DrizzleHash.of(ORDERS))))
        .migration("drizzle/meta/_journal.json", JOURNAL)
        .migration("drizzle/0000_users.sql", USERS)
        .migration("drizzle/0001_orders.sql", """
            -- expect-file: migration-checksum-mismatch
            CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);
            """)
        .check();
  }

  @Test
  void drizzleFilesAsApplied() {
    tester.live(EMPTY, history(drizzle(DrizzleHash.of(USERS)), drizzle(DrizzleHash.of(ORDERS))))
        .migration("drizzle/meta/_journal.json", JOURNAL)
        .migration("drizzle/0000_users.sql", USERS)
        .migration("drizzle/0001_orders.sql", ORDERS)
        .check();
  }
}
