package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingLockTimeoutTest {

  private static final String ORDERS = "CREATE TABLE orders (id int PRIMARY KEY, total int);";

  private final RuleTester tester = RuleTester.of(new MissingLockTimeout());

  @Test
  void alterTableOfAnExistingTableWithoutTimeout() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", """
            -- expect: missing-lock-timeout (warning)
            ALTER TABLE orders ADD COLUMN note text;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("ALTER TABLE waits for an ACCESS EXCLUSIVE lock on orders, which "
        + "blocks every read and write of the table; with no lock_timeout set, every other query on orders queues "
        + "behind it while it waits");
    assertThat(finding.remediations().get(0).sql()).contains("SET lock_timeout = '5s';");
    assertThat(finding.remediations().get(1).edits())
        .containsExactly(TextEdit.insert("V2__note.sql", 2, 1, "SET lock_timeout = '5s';\n"));
  }

  @Test
  void oneFindingPerStatementEvenWithSeveralLocks() {
    tester
        .migration("V1__orders.sql", ORDERS + "\nCREATE TABLE customers (id int PRIMARY KEY);")
        .migration("V2__fk.sql", """
            -- expect: missing-lock-timeout
            ALTER TABLE orders ADD COLUMN customer_id int REFERENCES customers (id);
            -- expect: missing-lock-timeout
            ALTER TABLE orders ADD COLUMN a int, ADD COLUMN b int;
            """)
        .check();
  }

  @Test
  void aLockOnAReferencedTableCounts() {
    List<Finding> findings = tester
        .migration("V1__customers.sql", "CREATE TABLE customers (id int PRIMARY KEY);")
        .migration("V2__orders.sql", """
            -- expect: missing-lock-timeout
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id));
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("CREATE TABLE waits for a SHARE ROW EXCLUSIVE lock on "
        + "customers, which blocks INSERT, UPDATE and DELETE; reads go on; with no lock_timeout set, every write "
        + "to customers queues behind it");
  }

  @Test
  void aTimeoutSetEarlierInTheFileIsInForce() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", """
            SET lock_timeout = '2s';
            ALTER TABLE orders ADD COLUMN note text;
            ALTER TABLE orders ADD COLUMN other text;
            """)
        .migration("V3__more.sql", """
            SELECT set_config('lock_timeout', '3s', false);
            ALTER TABLE orders DROP COLUMN other;
            """)
        .check();
  }

  @Test
  void aTimeoutFromAnotherFileOrOfZeroDoesNotCount() {
    tester
        .migration("V1__orders.sql", ORDERS + "\nSET lock_timeout = '2s';")
        .migration("V2__note.sql", """
            -- expect: missing-lock-timeout
            ALTER TABLE orders ADD COLUMN note text;
            SET lock_timeout = 0;
            -- expect: missing-lock-timeout
            ALTER TABLE orders ADD COLUMN other text;
            """)
        .check();
  }

  @Test
  void setLocalLastsUntilTheTransactionEnds() {
    tester.layout("numbered")
        .migration("001_orders.sql", ORDERS)
        .migration("002_note.sql", """
            BEGIN;
            SET LOCAL lock_timeout = '2s';
            ALTER TABLE orders ADD COLUMN note text;
            COMMIT;
            -- expect: missing-lock-timeout
            ALTER TABLE orders ADD COLUMN other text;
            """)
        .check();
  }

  @Test
  void tablesCreatedInTheSameMigrationAndWeakLocksAreFine() {
    tester
        .migration("V1__orders.sql", ORDERS + """

            ALTER TABLE orders ADD COLUMN note text;
            CREATE INDEX orders_total_idx ON orders (total);
            """)
        .migration("V2__data.sql", """
            UPDATE orders SET total = 0 WHERE total IS NULL;
            ALTER TABLE orders ALTER COLUMN total SET STATISTICS 500;
            CREATE TABLE notes (id int);
            """)
        .check();
  }

  @Test
  void theTimeoutOptionIsWhatTheFixSets() {
    List<Finding> findings = tester.option("timeout", "1500ms")
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", """
              -- expect: missing-lock-timeout
              ALTER TABLE orders ADD COLUMN note text;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(1).edits()).containsExactly(
        TextEdit.insert("V2__note.sql", 2, 3, "SET lock_timeout = '1500ms';\n  "));
  }

  @Test
  void mysqlWaitsForTheMetadataLock() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", """
            -- expect: missing-lock-timeout
            ALTER TABLE orders ADD COLUMN note text, ALGORITHM=INSTANT;
            SET SESSION lock_wait_timeout = 5;
            ALTER TABLE orders ADD COLUMN other text;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("ALTER TABLE waits for an exclusive metadata lock on orders, "
        + "which waits for every open transaction on the table, and while it waits every new query on the table "
        + "queues behind it; with no lock_wait_timeout set, it waits up to a year (the default) before it gives "
        + "up");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("SET SESSION lock_wait_timeout = 5;");
  }

  @Test
  void sqliteSaysNothing() {
    tester.dialect(Dialect.SQLITE)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", "ALTER TABLE orders ADD COLUMN note text;")
        .check();
  }
}
