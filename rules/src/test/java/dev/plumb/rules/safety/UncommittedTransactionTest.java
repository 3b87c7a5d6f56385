package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncommittedTransactionTest {

  private static final String ORDERS = "CREATE TABLE orders (id int PRIMARY KEY);";

  private final RuleTester tester = RuleTester.of(new UncommittedTransaction());

  @Test
  void aBeginNothingCommits() {
    List<Finding> findings = tester.layout("numbered")
        .migration("001_orders.sql", ORDERS)
        .migration("002_note.sql", """
            -- expect: uncommitted-transaction (error)
            BEGIN;
            ALTER TABLE orders ADD COLUMN note text;
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("BEGIN opens a transaction that nothing commits before the "
        + "migration ends");
    assertThat(findings.get(0).remediations().get(1).edits())
        .containsExactly(TextEdit.insert("002_note.sql", 3, 40, ";\nCOMMIT"));
  }

  @Test
  void committedOrRolledBackTransactionsAreFine() {
    tester.layout("numbered")
        .migration("001_orders.sql", ORDERS)
        .migration("002_note.sql", """
            BEGIN;
            ALTER TABLE orders ADD COLUMN note text;
            COMMIT;
            START TRANSACTION;
            ALTER TABLE orders ADD COLUMN other text;
            ROLLBACK;
            """)
        .check();
  }

  @Test
  void theOpenTransactionDoesNotCarryIntoTheNextFile() {
    tester.layout("numbered")
        .migration("001_orders.sql", """
            -- expect: uncommitted-transaction
            BEGIN;
            CREATE TABLE orders (id int PRIMARY KEY);
            """)
        .migration("002_note.sql", "ALTER TABLE orders ADD COLUMN note text;\nCOMMIT;")
        .check();
  }

  @Test
  void aBeginInsideTheToolsTransactionOpensNothing() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", "BEGIN;\nALTER TABLE orders ADD COLUMN note text;")
        .check();
  }

  @Test
  void golangMigratesImplicitTransactionBecomesTheBegins() {
    tester
        .migration("m/1_orders.up.sql", ORDERS)
        .migration("m/2_note.up.sql", """
            -- expect: uncommitted-transaction
            BEGIN;
            ALTER TABLE orders ADD COLUMN note text;
            """)
        .check();
  }

  @Test
  void mysqlCommitsAtTheNextDdlStatement() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__note.sql", """
            BEGIN;
            INSERT INTO orders (id) VALUES (1);
            ALTER TABLE orders ADD COLUMN note text;
            """)
        .migration("V3__data.sql", """
            -- expect: uncommitted-transaction
            BEGIN;
            INSERT INTO orders (id) VALUES (2);
            """)
        .check();
  }
}
