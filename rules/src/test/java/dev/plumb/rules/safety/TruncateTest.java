package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruncateTest {

  private final RuleTester tester = RuleTester.of(new Truncate());

  @Test
  void truncatingAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);")
        .migration("V2__empty.sql", """
            -- expect: truncate (error)
            TRUNCATE orders;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("TRUNCATE empties existing table orders: every row is gone "
        + "for good, and it holds an ACCESS EXCLUSIVE lock, which blocks every read and write of the table, until "
        + "the transaction ends");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        -- repeat from a job, one transaction per batch, until it deletes no rows:
        DELETE FROM orders WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT 10000);""");
  }

  @Test
  void everyExistingTableOfTheList() {
    List<Finding> findings = tester
        .migration("V1__t.sql", "CREATE TABLE a (id int); CREATE TABLE \"B\" (x int);")
        .migration("V2__empty.sql", """
            CREATE TABLE c (id int);
            -- expect: truncate, truncate
            TRUNCATE TABLE ONLY a, "B", c RESTART IDENTITY;
            """)
        .check();

    assertThat(findings).flatExtracting(Finding::remediations).extracting(r -> r.sql().orElseThrow())
        .contains("""
            -- repeat from a job, one transaction per batch, until it deletes no rows:
            DELETE FROM "B" WHERE ctid IN (SELECT ctid FROM "B" LIMIT 10000);""");
  }

  @Test
  void tablesCreatedInTheSameMigrationAreNotReported() {
    tester
        .migration("V1__staging.sql", """
            CREATE TABLE staging (id int);
            INSERT INTO staging VALUES (1);
            TRUNCATE staging;
            """)
        .check();
  }

  @Test
  void mysqlCommitsAtOnce() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);")
        .migration("V2__empty.sql", """
            -- expect: truncate
            TRUNCATE TABLE orders;
            """)
        .check();

    assertThat(findings.get(0).message()).contains("it commits at once, so it cannot be rolled back");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        -- repeat from a job, one transaction per batch, until it deletes no rows:
        DELETE FROM orders ORDER BY id LIMIT 10000;""");
  }
}
