package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class VacuumFullOrClusterTest {

  private static final String ORDERS = """
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
      CREATE INDEX orders_customer_id_idx ON orders (customer_id);
      """;

  private final RuleTester tester = RuleTester.of(new VacuumFullOrCluster());

  @Test
  void vacuumFullAndClusterOfExistingTables() {
    List<Finding> findings = tester.assumeInTransaction(false)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__tidy.sql", """
            -- expect: vacuum-full-or-cluster (warning)
            VACUUM FULL orders;
            -- expect: vacuum-full-or-cluster
            CLUSTER orders USING orders_customer_id_idx;
            -- expect: vacuum-full-or-cluster
            VACUUM (FULL, ANALYZE) orders;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("VACUUM FULL on existing table orders takes an ACCESS "
        + "EXCLUSIVE lock, which blocks every read and write of the table, while it rewrites the whole table and "
        + "its indexes");
    assertThat(findings.get(0).remediations().get(0).description()).contains("pg_repack --no-order "
        + "--table=orders <database>");
    assertThat(findings.get(1).remediations().get(0).description()).contains("pg_repack --table=orders");
  }

  @Test
  void withoutATableEveryTableIsRewritten() {
    List<Finding> findings = tester.assumeInTransaction(false)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__tidy.sql", """
            -- expect: vacuum-full-or-cluster
            VACUUM FULL;
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("VACUUM FULL without a table rewrites every table of the "
        + "database");
  }

  @Test
  void plainVacuumAndNewTablesAreFine() {
    tester.assumeInTransaction(false)
        .migration("V1__orders.sql", ORDERS + "VACUUM FULL orders;")
        .migration("V2__tidy.sql", "VACUUM ANALYZE orders;\nVACUUM orders;")
        .check();
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int);")
        .migration("V2__tidy.sql", "OPTIMIZE TABLE orders;")
        .check();
  }
}
