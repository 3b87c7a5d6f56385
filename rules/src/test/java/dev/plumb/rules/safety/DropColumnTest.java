package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropColumnTest {

  private final RuleTester tester = RuleTester.of(new DropColumn());

  @Test
  void droppingAColumnOfAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__users.sql", "CREATE TABLE users (id int, email text, phone text);")
        .migration("V2__drop.sql", """
            -- expect: drop-column (error)
            ALTER TABLE users DROP COLUMN email;
            -- expect: drop-column
            ALTER TABLE users DROP phone CASCADE;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column users.email is dropped: its values are gone for good, "
        + "and code already running that reads or writes it fails until every instance runs the new code");
    assertThat(findings.get(1).message()).endsWith("; CASCADE also drops the views and constraints that use it");
    assertThat(findings.get(0).remediations().get(0).description()).contains("self.ignored_columns");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue(
        "-- in a later migration, once no deployed code uses users.email:\nALTER TABLE users DROP COLUMN email;");
  }

  @Test
  void eachColumnOfAStatementWithSeveralDrops() {
    tester
        .migration("V1__users.sql", "CREATE TABLE users (id int, a int, b int);")
        .migration("V2__drop.sql", """
            ALTER TABLE users
              -- expect: drop-column
              DROP COLUMN a,
              -- expect: drop-column
              DROP COLUMN IF EXISTS b;
            """)
        .check();
  }

  @Test
  void columnsAddedInTheSameMigrationAreNotReported() {
    tester
        .migration("V1__users.sql", "CREATE TABLE users (id int, email text);")
        .migration("V2__try.sql", """
            CREATE TABLE drafts (id int, body text);
            ALTER TABLE drafts DROP COLUMN body;
            ALTER TABLE users ADD COLUMN tmp int;
            ALTER TABLE users DROP COLUMN tmp;
            """)
        .check();
  }

  @Test
  void aRenamedColumnStillHoldsItsValues() {
    tester
        .migration("V1__users.sql", "CREATE TABLE users (id int, email text);")
        .migration("V2__shuffle.sql", """
            ALTER TABLE users RENAME TO accounts;
            ALTER TABLE accounts RENAME COLUMN email TO mail;
            -- expect: drop-column
            ALTER TABLE accounts DROP COLUMN mail;
            """)
        .check();
  }

  @Test
  void aTableDroppedAndCreatedAgainIsNew() {
    tester
        .migration("V1__users.sql", "CREATE TABLE users (id int, email text);")
        .migration("V2__rebuild.sql", """
            DROP TABLE users;
            CREATE TABLE users (id int, email text);
            ALTER TABLE users DROP COLUMN email;
            """)
        .check();
  }

  @Test
  void everyDialectLosesTheData() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__users.sql", "CREATE TABLE users (id int, email varchar(100));")
        .migration("V2__drop.sql", """
            -- expect: drop-column
            ALTER TABLE `users` DROP `email`;
            """)
        .check();
    RuleTester.of(new DropColumn()).dialect(Dialect.SQLITE)
        .migration("V1__users.sql", "CREATE TABLE users (id integer, email text);")
        .migration("V2__drop.sql", """
            -- expect: drop-column
            ALTER TABLE users DROP COLUMN email;
            """)
        .check();
  }
}
