package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropTableTest {

  private final RuleTester tester = RuleTester.of(new DropTable());

  @Test
  void droppingAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id int PRIMARY KEY);")
        .migration("V2__drop.sql", """
            -- expect: drop-table (error)
            DROP TABLE orders;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Table orders is dropped: its rows are gone for good, and code "
        + "already running that uses it fails until every instance runs the new code");
    assertThat(findings.get(0).remediations().get(0).description()).contains("pg_dump --table=orders --data-only");
    assertThat(findings.get(0).remediations().get(0).sql())
        .hasValue("-- in a later migration, once no deployed code uses orders:\nDROP TABLE orders;");
  }

  @Test
  void eachExistingTableOfTheListAndTheForeignKeysCascadeDrops() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", """
            CREATE TABLE orders (id int PRIMARY KEY);
            CREATE TABLE order_items (id int, order_id int REFERENCES orders (id));
            CREATE TABLE audit (id int);
            """)
        .migration("V2__drop.sql", """
            CREATE TABLE scratch (id int);
            -- expect: drop-table, drop-table
            DROP TABLE IF EXISTS orders, scratch, audit CASCADE;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "Table orders is dropped: its rows are gone for good, and code already running that uses it fails until "
            + "every instance runs the new code; CASCADE also drops the foreign keys of order_items that point at it",
        "Table audit is dropped: its rows are gone for good, and code already running that uses it fails until "
            + "every instance runs the new code");
  }

  @Test
  void tablesCreatedOrAlreadyDroppedInTheSameMigrationAreNotReported() {
    tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id int);")
        .migration("V2__rebuild.sql", """
            CREATE TABLE orders_new (id bigint);
            -- expect: drop-table
            DROP TABLE orders;
            DROP TABLE IF EXISTS orders;
            ALTER TABLE orders_new RENAME TO orders;
            DROP TABLE orders;
            """)
        .check();
  }

  @Test
  void aRenamedTableStillHoldsItsRows() {
    tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id int);")
        .migration("V2__retire.sql", """
            ALTER TABLE orders RENAME TO orders_deprecated;
            -- expect: drop-table
            DROP TABLE orders_deprecated;
            """)
        .check();
  }

  @Test
  void otherDropsAreNotTables() {
    tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id int); CREATE VIEW v AS SELECT id FROM orders;")
        .migration("V2__drop.sql", "DROP VIEW v; DROP INDEX IF EXISTS orders_id;")
        .check();
  }

  @Test
  void unknownTablesAndOtherDialects() {
    tester.dialect(Dialect.MYSQL)
        .migration("V5__drop.sql", """
            -- expect: drop-table
            DROP TABLE `legacy_sessions`;
            CREATE TEMPORARY TABLE tmp (id int);
            DROP TEMPORARY TABLE tmp;
            """)
        .check();
    RuleTester.of(new DropTable()).dialect(Dialect.SQLITE)
        .migration("V1__t.sql", "CREATE TABLE t (id integer);")
        .migration("V2__drop.sql", """
            -- expect: drop-table
            DROP TABLE t;
            """)
        .check();
  }
}
