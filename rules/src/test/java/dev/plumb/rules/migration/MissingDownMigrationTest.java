package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingDownMigrationTest {

  private final RuleTester tester = RuleTester.of(new MissingDownMigration());

  @Test
  void golangMigrateUpWithoutDown() {
    List<Finding> findings = tester
        .migration("migrations/1_users.up.sql", "CREATE TABLE users (id int);")
        .migration("migrations/1_users.down.sql", "DROP TABLE users;")
        .migration("migrations/2_orders.up.sql", """
            -- expect-file: missing-down-migration (warning)
            CREATE TABLE orders (id int);
            """)
        .check();

    assertThat(findings.get(0).message())
        .isEqualTo("2_orders.up.sql has no down migration (migrations/2_orders.down.sql)");
    assertThat(findings.get(0).remediations().get(0).description()).isEqualTo("Add migrations/2_orders.down.sql "
        + "that reverts 2_orders.up.sql; if it cannot be reverted, leave it empty with a comment saying why.");
  }

  @Test
  void flywayProjectWithUndosNamesTheMissingUndo() {
    List<Finding> findings = tester
        .migration("db/V1__users.sql", "CREATE TABLE users (id int);")
        .migration("db/U1__users.sql", "DROP TABLE users;")
        .migration("db/V2__orders.sql", """
            -- expect-file: missing-down-migration
            CREATE TABLE orders (id int);
            """)
        .migration("db/R__views.sql", "CREATE VIEW v AS SELECT id FROM users;")
        .check();

    assertThat(findings.get(0).message()).isEqualTo("V2__orders.sql has no down migration (db/U2__orders.sql)");
  }

  @Test
  void dbmateFileWithoutADownSection() {
    List<Finding> findings = tester
        .migration("db/migrations/20240101000000_users.sql", """
            -- expect-file: missing-down-migration
            -- migrate:up
            CREATE TABLE users (id int);
            """)
        .migration("db/migrations/20240102000000_orders.sql", """
            -- migrate:up
            CREATE TABLE orders (id int);
            -- migrate:down
            DROP TABLE orders;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("20240101000000_users.sql has no down migration (a "
        + "'-- migrate:down' section at the end of the file)");
  }

  @Test
  void folderWithoutDownSql() {
    List<Finding> findings = tester
        .migration("migrations/2017-12-01-000000_users/up.sql", """
            -- expect-file: missing-down-migration
            CREATE TABLE users (id int);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("2017-12-01-000000_users has no down migration "
        + "(migrations/2017-12-01-000000_users/down.sql)");
  }

  @Test
  void anEmptyDownIsADeliberateChoice() {
    tester
        .migration("1_users.up.sql", "CREATE TABLE users (id int);")
        .migration("1_users.down.sql", "-- irreversible: the data cannot be restored\n")
        .check();
  }

  @Test
  void layoutsWithoutDownsGiveNothing() {
    tester
        .migration("V1__users.sql", "CREATE TABLE users (id int);")
        .migration("V2__orders.sql", "CREATE TABLE orders (id int);")
        .check();
    RuleTester.of(new MissingDownMigration())
        .migration("001_users.sql", "CREATE TABLE users (id int);")
        .check();
  }
}
