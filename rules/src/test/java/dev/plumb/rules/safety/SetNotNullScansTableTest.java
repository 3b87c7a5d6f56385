package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetNotNullScansTableTest {

  private static final String ORDERS = "CREATE TABLE orders (id bigint PRIMARY KEY, region text);";

  private final RuleTester tester = RuleTester.of(new SetNotNullScansTable());

  @Test
  void setNotNullOnAnExistingTableScansIt() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__not_null.sql", """
            -- expect: set-not-null-scans-table (warning)
            ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("SET NOT NULL on column region of existing table public.orders "
        + "scans every row under an ACCESS EXCLUSIVE lock, which blocks every read and write of the table");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
        ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
        ALTER TABLE orders DROP CONSTRAINT orders_region_not_null;
        """);
  }

  @Test
  void theSafeSequenceIsSilent() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__check.sql", """
            ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
            """)
        .migration("V3__validate.sql", "ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;")
        .migration("V4__set.sql", """
            ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
            ALTER TABLE orders DROP CONSTRAINT orders_region_not_null;
            """)
        .check();
  }

  @Test
  void aCheckNotYetValidatedDoesNotHelp() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__check.sql", """
            ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK ("region" is not null) NOT VALID;
            -- expect: set-not-null-scans-table
            ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
            """)
        .check();
  }

  @Test
  void beforePostgres12TheCheckDoesNotSpareTheScan() {
    List<Finding> findings = tester.postgresVersion(11)
        .migration("V1__orders.sql", ORDERS + "\nALTER TABLE orders ADD CHECK (region IS NOT NULL);")
        .migration("V2__set.sql", """
            -- expect: set-not-null-scans-table
            ALTER TABLE orders ALTER region SET NOT NULL;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).description()).startsWith("Before PostgreSQL 12");
    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow())
        .contains("-- keep the CHECK as the guarantee until you run 12 or later")
        .doesNotContain("SET NOT NULL;");
  }

  @Test
  void columnsAlreadyNotNullNewTablesAndUnknownTables() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__set.sql", """
            ALTER TABLE orders ALTER COLUMN id SET NOT NULL;
            CREATE TABLE items (id bigint, name text);
            ALTER TABLE items ALTER COLUMN name SET NOT NULL;
            -- expect: set-not-null-scans-table
            ALTER TABLE "Legacy" ALTER COLUMN "Code" SET NOT NULL;
            """)
        .check();
  }

  @Test
  void otherDialectsAreNotJudged() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int, region varchar(10));")
        .migration("V2__set.sql", "ALTER TABLE orders MODIFY region varchar(10) NOT NULL;")
        .check();
  }
}
