package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionNestingTest {

  private static final String ORDERS = "CREATE TABLE orders (id int PRIMARY KEY);";

  private final RuleTester tester = RuleTester.of(new TransactionNesting());

  @Test
  void beginAndCommitInsideFlywaysTransaction() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", """
            -- expect: transaction-nesting (warning)
            BEGIN;
            ALTER TABLE orders ADD COLUMN note text;
            -- expect: transaction-nesting
            COMMIT;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "BEGIN inside the migration tool's transaction (Flyway runs each migration in a transaction): PostgreSQL "
            + "ignores it with a warning, so the COMMIT meant for it ends the outer transaction",
        "COMMIT ends the migration tool's transaction early (Flyway runs each migration in a transaction): the "
            + "statements after it run without a transaction, so a failure among them leaves the migration half "
            + "applied");
  }

  @Test
  void aRollbackInsideDbmatesTransaction() {
    List<Finding> findings = tester.layout("dbmate")
        .migration("db/20240101000000_orders.sql", "-- migrate:up\n" + ORDERS)
        .migration("db/20240102000000_note.sql", """
            -- migrate:up
            ALTER TABLE orders ADD COLUMN note text;
            -- expect: transaction-nesting
            ROLLBACK;
            """)
        .check();

    assertThat(findings.get(0).message()).contains("what came before it is undone, yet the tool goes on and "
        + "records the migration as applied");
  }

  @Test
  void aBeginInsideAnExplicitTransaction() {
    List<Finding> findings = tester.layout("numbered")
        .migration("001_orders.sql", ORDERS)
        .migration("002_note.sql", """
            BEGIN;
            ALTER TABLE orders ADD COLUMN note text;
            -- expect: transaction-nesting
            START TRANSACTION;
            COMMIT;
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("BEGIN inside the transaction opened on line 1");
  }

  @Test
  void ownTransactionsWhereTheToolOpensNone() {
    tester.layout("numbered")
        .migration("001_orders.sql", ORDERS)
        .migration("002_note.sql", """
            BEGIN;
            ALTER TABLE orders ADD COLUMN note text;
            COMMIT;
            BEGIN;
            ALTER TABLE orders ADD COLUMN other text;
            ROLLBACK;
            """)
        .check();
    RuleTester.of(new TransactionNesting()).assumeInTransaction(false)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;")
        .check();
  }

  @Test
  void golangMigratesImplicitTransactionGivesWayToBegin() {
    tester
        .migration("m/1_orders.up.sql", ORDERS)
        .migration("m/2_note.up.sql", "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;")
        .check();
  }

  @Test
  void sqliteRefusesANestedBegin() {
    List<Finding> findings = tester.dialect(Dialect.SQLITE)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", """
            -- expect: transaction-nesting
            BEGIN TRANSACTION;
            ALTER TABLE orders ADD COLUMN note text;
            -- expect: transaction-nesting
            COMMIT;
            """)
        .check();

    assertThat(findings.get(0).message()).contains("SQLite refuses it");
  }

  @Test
  void mysqlCommitsImplicitlyBeforeDdl() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", """
            BEGIN;
            ALTER TABLE orders ADD COLUMN note text;
            BEGIN;
            INSERT INTO orders (id) VALUES (1);
            -- expect: transaction-nesting
            BEGIN;
            COMMIT;
            """)
        .check();
  }
}
