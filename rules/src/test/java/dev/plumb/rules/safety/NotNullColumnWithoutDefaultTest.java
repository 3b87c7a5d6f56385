package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotNullColumnWithoutDefaultTest {

  private final RuleTester tester = RuleTester.of(new NotNullColumnWithoutDefault());

  @Test
  void notNullColumnWithoutDefaultOnAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);")
        .migration("V2__region.sql", """
            -- expect: not-null-column-without-default (error)
            ALTER TABLE orders ADD COLUMN region text NOT NULL;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column region is added NOT NULL without a default to existing "
        + "table public.orders: the statement fails as soon as the table has a row, since those rows would hold "
        + "NULL");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        ALTER TABLE orders ADD COLUMN region text;
        -- backfill in batches, each in its own transaction:
        -- UPDATE orders SET region = ... WHERE region IS NULL AND <a range of keys>;
        ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
        ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
        ALTER TABLE orders DROP CONSTRAINT orders_region_not_null;
        """);
    assertThat(findings.get(0).remediations().get(1)).extracting(Remediation::description).asString()
        .startsWith("Or give it a DEFAULT (`ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT ...`)");
  }

  @Test
  void primaryKeyColumnsAndUnknownTablesToo() {
    tester
        .migration("V2__add.sql", """
            -- expect: not-null-column-without-default
            ALTER TABLE legacy ADD COLUMN code int PRIMARY KEY;
            -- expect: not-null-column-without-default
            ALTER TABLE legacy ADD COLUMN note text NOT NULL DEFAULT NULL;
            -- expect: not-null-column-without-default
            ALTER TABLE billing."Invoices" ADD COLUMN "Total" numeric(10,2) NOT NULL, ADD COLUMN memo text;
            """)
        .check();
  }

  @Test
  void quotedNamesStayQuotedInTheRemediation() {
    List<Finding> findings = tester
        .migration("V2__add.sql", """
            -- expect: not-null-column-without-default
            ALTER TABLE billing."Invoices" ADD COLUMN "Total" numeric(10,2) NOT NULL;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow())
        .startsWith("ALTER TABLE billing.\"Invoices\" ADD COLUMN \"Total\" numeric(10,2);\n")
        .contains("ADD CONSTRAINT \"Invoices_Total_not_null\" CHECK (\"Total\" IS NOT NULL) NOT VALID;");
  }

  @Test
  void columnsWithAValueOrNullableAreFine() {
    tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);")
        .migration("V2__columns.sql", """
            ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';
            ALTER TABLE orders ADD COLUMN note text;
            ALTER TABLE orders ADD COLUMN seq bigserial NOT NULL;
            ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;
            ALTER TABLE orders ADD COLUMN twice bigint NOT NULL GENERATED ALWAYS AS (id * 2) STORED;
            """)
        .check();
  }

  @Test
  void addColumnIfNotExistsOfAColumnThatIsThereDoesNothing() {
    tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, region text NOT NULL);")
        .migration("V2__again.sql", """
            ALTER TABLE orders ADD COLUMN IF NOT EXISTS region text NOT NULL;
            -- expect: not-null-column-without-default
            ALTER TABLE orders ADD COLUMN IF NOT EXISTS country text NOT NULL;
            """)
        .check();
  }

  @Test
  void tableCreatedInTheSameMigrationIsEmpty() {
    tester
        .migration("V1__orders.sql", """
            CREATE TABLE orders (id bigint PRIMARY KEY);
            ALTER TABLE orders ADD COLUMN region text NOT NULL;
            """)
        .check();
  }

  @Test
  void beforePostgres11TheDefaultIsNoCheapWayOut() {
    List<Finding> findings = tester.postgresVersion(10)
        .migration("V2__region.sql", """
            -- expect: not-null-column-without-default
            ALTER TABLE orders ADD COLUMN region text NOT NULL;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow())
        .contains("-- before PostgreSQL 12, SET NOT NULL scans the table even with this CHECK in place")
        .doesNotContain("SET NOT NULL;");
    assertThat(findings.get(0).remediations().get(1).description())
        .startsWith("A DEFAULT would make it pass, but before PostgreSQL 11");
    assertThat(findings.get(0).remediations().get(1).sql()).isEqualTo(Optional.empty());
  }

  @Test
  void otherDialectsFillTheColumnOrAreNotJudged() {
    tester.dialect(Dialect.MYSQL)
        .migration("V2__region.sql", "ALTER TABLE orders ADD COLUMN region varchar(10) NOT NULL;")
        .check();
    RuleTester.of(new NotNullColumnWithoutDefault()).dialect(Dialect.SQLITE)
        .migration("V2__region.sql", "ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'x';")
        .check();
  }
}
