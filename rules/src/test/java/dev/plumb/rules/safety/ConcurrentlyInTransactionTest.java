package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcurrentlyInTransactionTest {

  private static final String ORDERS = """
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int, email text);
      CREATE INDEX orders_email_idx ON orders (email);
      """;

  private final RuleTester tester = RuleTester.of(new ConcurrentlyInTransaction());

  @Test
  void flywayRunsAFileOfOnlyConcurrentIndexStatementsWithoutATransaction() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", """
            CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
            DROP INDEX CONCURRENTLY orders_email_idx;
            """)
        .check();
  }

  @Test
  void flywayRefusesAFileThatMixesThemWithOtherStatementsASetIncluded() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", """
            SET lock_timeout = '5s';
            -- expect: concurrently-in-transaction (error)
            CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Flyway runs a migration holding CREATE INDEX CONCURRENTLY "
        + "without a transaction, and refuses this one because it also holds 1 other statement (unless mixed is "
        + "true, which runs them all without a transaction)");
    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);");
  }

  @Test
  void flywayDoesNotKnowReindexOrDetachConcurrently() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__reindex.sql", """
            -- expect: concurrently-in-transaction
            REINDEX INDEX CONCURRENTLY orders_email_idx;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("REINDEX INDEX CONCURRENTLY runs inside a transaction (Flyway "
        + "runs each migration in a transaction), and PostgreSQL refuses it: REINDEX CONCURRENTLY cannot run "
        + "inside a transaction block");
    assertThat(findings.get(0).remediations().get(0).description()).contains("V2__reindex.sql.conf with "
        + "executeInTransaction=false");
  }

  @Test
  void aFlywayScriptConfigDecides() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__reindex.sql", "REINDEX INDEX CONCURRENTLY orders_email_idx;")
        .migration("V2__reindex.sql.conf", "executeInTransaction=false\n")
        .migration("V3__index.sql", """
            -- expect: concurrently-in-transaction
            CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
            """)
        .migration("V3__index.sql.conf", "executeInTransaction=true\n")
        .check();
  }

  @Test
  void dbmateRunsEachMigrationInATransactionUnlessToldOtherwise() {
    List<Finding> findings = tester.layout("dbmate")
        .migration("db/migrations/20240101000000_orders.sql", "-- migrate:up\n" + ORDERS)
        .migration("db/migrations/20240102000000_index.sql", """
            -- migrate:up
            -- expect: concurrently-in-transaction
            CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
            """)
        .migration("db/migrations/20240103000000_drop.sql", """
            -- migrate:up transaction:false
            DROP INDEX CONCURRENTLY orders_email_idx;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        -- migrate:up transaction:false
        CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);""");
  }

  @Test
  void golangMigrateSendsAFileOfOneStatementAlone() {
    tester
        .migration("m/1_orders.up.sql", ORDERS)
        .migration("m/2_index.up.sql", "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);")
        .migration("m/3_indexes.up.sql", """
            -- expect: concurrently-in-transaction
            CREATE INDEX CONCURRENTLY orders_id_email_idx ON orders (id, email);
            -- expect: concurrently-in-transaction
            DROP INDEX CONCURRENTLY orders_email_idx;
            """)
        .check();
  }

  @Test
  void anExplicitBeginInAFileRunWithoutATransaction() {
    List<Finding> findings = tester.layout("numbered")
        .migration("001_orders.sql", ORDERS)
        .migration("002_index.sql", """
            BEGIN;
            -- expect: concurrently-in-transaction
            CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
            COMMIT;
            DROP INDEX CONCURRENTLY orders_email_idx;
            """)
        .check();

    assertThat(findings.get(0).message()).contains("(the BEGIN before it opened one)");
    assertThat(findings.get(0).remediations().get(0).description()).startsWith("Move it out of the BEGIN");
  }

  @Test
  void theSettingOverridesTheLayoutsHabit() {
    tester.layout("numbered").assumeInTransaction(true)
        .migration("001_orders.sql", ORDERS)
        .migration("002_detach.sql", """
            -- expect: concurrently-in-transaction
            ALTER TABLE orders DETACH PARTITION orders_old CONCURRENTLY;
            """)
        .check();
    RuleTester.of(new ConcurrentlyInTransaction()).assumeInTransaction(false)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", """
            SET lock_timeout = '5s';
            CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
            REINDEX TABLE CONCURRENTLY orders;
            """)
        .check();
  }

  @Test
  void plainStatementsAndOtherDialectsAreFine() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__index.sql", "CREATE INDEX orders_customer_id_idx ON orders (customer_id);")
        .check();
    RuleTester.of(new ConcurrentlyInTransaction()).dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int);")
        .migration("V2__index.sql", "CREATE INDEX orders_id ON orders (id) ALGORITHM=INPLACE LOCK=NONE;")
        .check();
  }
}
