package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationLayoutTest {

  private final RuleTester tester = RuleTester.of(new MigrationLayout()).allowingParseErrors();

  @Test
  void aDownWithoutItsUpIsReported() {
    List<Finding> findings = tester
        .migration("m/1_users.up.sql", "CREATE TABLE users (id int);")
        .migration("m/2_orders.down.sql", """
            -- expect-file: migration-layout (warning)
            DROP TABLE orders;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("down migration for version 2, but there is no 2_*.up.sql it "
        + "could revert; it is not replayed");
  }

  @Test
  void aFileTheDrizzleJournalDoesNotListIsReported() {
    List<Finding> findings = tester
        .migration("drizzle/meta/_journal.json", """
            { "entries": [ { "idx": 0, "tag": "0000_users", "when": 1 } ] }
            """)
        .migration("drizzle/0000_users.sql", "CREATE TABLE users (id int);")
        .migration("drizzle/0001_orders.sql", """
            -- expect-file: migration-layout
            CREATE TABLE orders (id int);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("not listed in drizzle/meta/_journal.json, so drizzle does not "
        + "apply it; it is not replayed");
  }

  @Test
  void aWellFormedSetGivesNothing() {
    tester
        .migration("m/1_users.up.sql", "CREATE TABLE users (id int);")
        .migration("m/1_users.down.sql", "DROP TABLE users;")
        .check();
  }
}
