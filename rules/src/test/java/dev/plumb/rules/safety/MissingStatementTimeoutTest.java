package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingStatementTimeoutTest {

  private static final String ORDERS = "CREATE TABLE orders (id int PRIMARY KEY, total int);";

  private final RuleTester tester = RuleTester.of(new MissingStatementTimeout());

  @Test
  void aTableRewriteWithoutStatementTimeout() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__total.sql", """
            SET lock_timeout = '5s';
            -- expect: missing-statement-timeout (note)
            ALTER TABLE orders ALTER COLUMN total TYPE bigint;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("ALTER TABLE waits for an ACCESS EXCLUSIVE lock on orders, "
        + "which blocks every read and write of the table; with no statement_timeout set, nothing bounds how long "
        + "it holds it");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("SET statement_timeout = '1h';");
    assertThat(findings.get(0).remediations().get(1).edits())
        .containsExactly(TextEdit.insert("V2__total.sql", 3, 1, "SET statement_timeout = '1h';\n"));
  }

  @Test
  void aStatementTimeoutInForceAndNewTablesAreFine() {
    tester
        .migration("V1__orders.sql", ORDERS + "\nALTER TABLE orders ADD COLUMN note text;")
        .migration("V2__total.sql", """
            SET statement_timeout = '10min';
            ALTER TABLE orders ALTER COLUMN total TYPE bigint;
            """)
        .check();
  }

  @Test
  void theTimeoutOptionAndAnUnreadableOne() {
    List<Finding> findings = tester.option("timeout", "15min")
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__total.sql", """
            -- expect: missing-statement-timeout
            TRUNCATE orders;
            """)
        .check();
    assertThat(findings.get(0).remediations().get(0).sql()).contains("SET statement_timeout = '15min';");

    List<Finding> fallback = RuleTester.of(new MissingStatementTimeout()).option("timeout", "soon")
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__total.sql", """
            -- expect: missing-statement-timeout
            TRUNCATE orders;
            """)
        .check();
    assertThat(fallback.get(0).remediations().get(0).sql()).contains("SET statement_timeout = '1h';");
  }

  @Test
  void mysqlSaysNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__total.sql", "ALTER TABLE orders MODIFY total bigint;")
        .check();
  }
}
