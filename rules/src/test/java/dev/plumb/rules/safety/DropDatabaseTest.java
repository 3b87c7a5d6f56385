package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropDatabaseTest {

  private final RuleTester tester = RuleTester.of(new DropDatabase());

  @Test
  void droppingADatabase() {
    List<Finding> findings = tester
        .migration("V9__cleanup.sql", """
            -- expect: drop-database (error)
            DROP DATABASE IF EXISTS shop_staging;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Database shop_staging is dropped: every table and row in it "
        + "is gone for good, and every application using it fails");
    assertThat(findings.get(0).remediations().get(0).sql()).isEmpty();
  }

  @Test
  void otherDropsAreNotDatabases() {
    tester
        .migration("V1__t.sql", "CREATE SCHEMA s; CREATE TABLE s.t (id int);")
        .migration("V2__drop.sql", "DROP TABLE s.t; DROP SCHEMA s;")
        .check();
  }

  @Test
  void mysqlToo() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__scratch.sql", """
            -- expect: drop-database
            DROP DATABASE `shop`;
            """)
        .check();
  }
}
