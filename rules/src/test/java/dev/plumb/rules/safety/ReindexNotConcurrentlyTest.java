package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReindexNotConcurrentlyTest {

  private static final String ORDERS = """
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
      CREATE INDEX orders_customer_id_idx ON orders (customer_id);
      """;

  private final RuleTester tester = RuleTester.of(new ReindexNotConcurrently());

  @Test
  void reindexOfAnExistingTablesIndex() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__reindex.sql", """
            -- expect: reindex-not-concurrently (warning)
            REINDEX INDEX orders_customer_id_idx;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("REINDEX INDEX orders_customer_id_idx takes a SHARE lock on existing "
        + "table orders, which blocks INSERT, UPDATE and DELETE, and an ACCESS EXCLUSIVE lock on each index while "
        + "it is rebuilt, which blocks the queries that would use it");
    assertThat(finding.remediations().get(0).sql()).contains("REINDEX INDEX CONCURRENTLY orders_customer_id_idx;");
    // Flyway does not know REINDEX INDEX CONCURRENTLY cannot run in a transaction: it needs a script config.
    assertThat(finding.remediations().get(0).description()).contains("V2__reindex.sql.conf");
    assertThat(finding.remediations().get(1).edits())
        .containsExactly(TextEdit.insert("V2__reindex.sql", 2, 14, " CONCURRENTLY"));
  }

  @Test
  void tablesSchemasAndDatabases() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__reindex.sql", """
            -- expect: reindex-not-concurrently
            REINDEX TABLE orders;
            -- expect: reindex-not-concurrently
            REINDEX SCHEMA public;
            -- expect: reindex-not-concurrently
            REINDEX (VERBOSE) DATABASE shop;
            REINDEX SYSTEM shop;
            """)
        .check();
  }

  @Test
  void concurrentReindexAndNewTablesAreFine() {
    tester
        .migration("V1__orders.sql", ORDERS + "REINDEX TABLE orders;")
        .migration("V2__reindex.sql", "REINDEX TABLE CONCURRENTLY orders;")
        .check();
  }

  @Test
  void beforePostgres12TheSwapIsSuggested() {
    List<Finding> findings = tester.postgresVersion(11)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__reindex.sql", """
            -- expect: reindex-not-concurrently
            REINDEX INDEX orders_customer_id_idx;
            """)
        .check();

    assertThat(findings.get(0).remediations()).hasSize(1);
    assertThat(findings.get(0).remediations().get(0).description()).contains("needs PostgreSQL 12 "
        + "(postgresVersion is 11)");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        CREATE INDEX CONCURRENTLY orders_customer_id_idx_new ON orders (customer_id);
        DROP INDEX CONCURRENTLY orders_customer_id_idx;
        ALTER INDEX orders_customer_id_idx_new RENAME TO orders_customer_id_idx;""");
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.SQLITE)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int);\nCREATE INDEX orders_id ON orders (id);")
        .migration("V2__reindex.sql", "REINDEX orders_id;")
        .check();
  }
}
