package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropIndexNotConcurrentlyTest {

  private static final String ORDERS = """
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int, email text);
      CREATE INDEX orders_customer_id_idx ON orders (customer_id);
      CREATE INDEX orders_email_idx ON orders (email);
      """;

  private final RuleTester tester = RuleTester.of(new DropIndexNotConcurrently());

  @Test
  void anIndexOfAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__drop.sql", """
            -- expect: drop-index-not-concurrently (warning)
            DROP INDEX IF EXISTS orders_customer_id_idx;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("DROP INDEX orders_customer_id_idx on existing table orders takes an "
        + "ACCESS EXCLUSIVE lock, which blocks every read and write of the table; while it waits for running "
        + "queries to finish, every new query on the table queues behind it");
    assertThat(finding.remediations().get(0).sql())
        .contains("DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;");
    assertThat(finding.remediations().get(1).edits())
        .containsExactly(TextEdit.insert("V2__drop.sql", 2, 11, " CONCURRENTLY"));
  }

  @Test
  void cascadeCannotBeCombinedWithConcurrentlySoThereIsNoFix() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__drop.sql", """
            -- expect: drop-index-not-concurrently
            DROP INDEX orders_email_idx CASCADE;
            """)
        .check();

    assertThat(findings.get(0).remediations()).hasSize(1);
    assertThat(findings.get(0).remediations().get(0).description()).contains("does not allow CASCADE");
  }

  @Test
  void severalIndexesNeedOneStatementEachAndGetNoFix() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__drop.sql", """
            -- expect: drop-index-not-concurrently
            DROP INDEX orders_customer_id_idx, orders_email_idx;
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("DROP INDEX of 2 indexes");
    assertThat(findings.get(0).remediations()).hasSize(1);
    assertThat(findings.get(0).remediations().get(0).sql()).contains("DROP INDEX CONCURRENTLY "
        + "orders_customer_id_idx;\nDROP INDEX CONCURRENTLY orders_email_idx;");
  }

  @Test
  void anIndexTheReplayDoesNotKnowCountsAsOnAnExistingTable() {
    List<Finding> findings = tester
        .migration("V5__drop.sql", """
            -- expect: drop-index-not-concurrently
            DROP INDEX billing."Legacy_Idx";
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("DROP INDEX billing.\"Legacy_Idx\" takes an ACCESS EXCLUSIVE "
        + "lock on the index's table, which blocks every read and write of it; while it waits for running "
        + "queries to finish, every new query on the table queues behind it");
  }

  @Test
  void indexesOfTablesCreatedInTheSameMigrationAndConcurrentDropsAreFine() {
    tester
        .migration("V1__orders.sql", ORDERS + "DROP INDEX orders_email_idx;")
        .migration("V2__drop.sql", "DROP INDEX CONCURRENTLY orders_customer_id_idx;")
        .check();
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__drop.sql", "DROP INDEX orders_email_idx ON orders;")
        .check();
  }
}
