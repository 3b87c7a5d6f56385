package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateIndexNotConcurrentlyTest {

  private static final String ORDERS = "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, email text);";

  private final RuleTester tester = RuleTester.of(new CreateIndexNotConcurrently());

  @Test
  void anIndexOnAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", """
            -- expect: create-index-not-concurrently (warning)
            CREATE INDEX orders_customer_id_idx ON orders (customer_id);
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("CREATE INDEX on existing table orders takes a SHARE lock, which "
        + "blocks INSERT, UPDATE and DELETE; reads go on, until the index is built");
    Remediation remediation = finding.remediations().get(0);
    assertThat(remediation.sql()).contains("CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders "
        + "(customer_id);");
    // Flyway runs a file holding only CREATE INDEX CONCURRENTLY without a transaction: the fix is enough.
    assertThat(remediation.description()).contains("Flyway will run it without a transaction");
    assertThat(finding.remediations().get(1).edits())
        .containsExactly(TextEdit.insert("V2__index.sql", 2, 13, " CONCURRENTLY"));
  }

  @Test
  void uniquePartialAndExpressionIndexesKeepTheirShape() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", """
            -- expect: create-index-not-concurrently
            CREATE UNIQUE INDEX IF NOT EXISTS orders_email_key ON orders USING btree (lower(email))
              WHERE email IS NOT NULL;
            -- expect: create-index-not-concurrently
            CREATE INDEX ON orders USING hash (customer_id);
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).contains("CREATE UNIQUE INDEX CONCURRENTLY IF NOT "
        + "EXISTS orders_email_key ON orders (lower(email)) WHERE email IS NOT NULL;");
    assertThat(findings.get(0).remediations().get(0).description()).contains("its own");
    assertThat(findings.get(0).remediations().get(1).edits())
        .containsExactly(TextEdit.insert("V2__index.sql", 2, 20, " CONCURRENTLY"));
    assertThat(findings.get(1).remediations().get(0).sql()).contains("CREATE INDEX CONCURRENTLY ON orders "
        + "(customer_id);");
  }

  @Test
  void aTableCreatedInTheSameMigrationIsNotReported() {
    tester
        .migration("V1__orders.sql", ORDERS + """

            CREATE INDEX orders_customer_id_idx ON orders (customer_id);
            """)
        .check();
  }

  @Test
  void concurrentIndexesAreFine() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);")
        .check();
  }

  @Test
  void aTableTheReplayDoesNotKnowCountsAsExisting() {
    tester
        .migration("V7__index.sql", """
            -- expect: create-index-not-concurrently
            CREATE INDEX "Orders_Idx" ON billing."Orders" (customer_id);
            """)
        .check();
  }

  @Test
  void outsideATransactionTheFixIsAllItTakes() {
    List<Finding> findings = tester.assumeInTransaction(false)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", """
            -- expect: create-index-not-concurrently
            CREATE INDEX orders_customer_id_idx ON orders (customer_id);
            -- expect: create-index-not-concurrently
            CREATE INDEX orders_email_idx ON orders (email);
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).description()).doesNotContain("transaction");
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", "CREATE INDEX orders_customer_id_idx ON orders (customer_id);")
        .check();
  }
}
