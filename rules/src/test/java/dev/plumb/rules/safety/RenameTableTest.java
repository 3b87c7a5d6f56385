package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameTableTest {

  private final RuleTester tester = RuleTester.of(new RenameTable());

  @Test
  void renamingAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id int);")
        .migration("V2__rename.sql", """
            -- expect: rename-table (error)
            ALTER TABLE orders RENAME TO purchases;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Table orders is renamed to purchases: code already running "
        + "still queries orders, and those queries fail until every instance runs the new code");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        ALTER TABLE orders RENAME TO purchases;
        CREATE VIEW orders AS SELECT * FROM purchases;
        -- deploy code that uses purchases, then in a later migration:
        DROP VIEW orders;""");
  }

  @Test
  void aSchemaQualifiedTableStaysInItsSchema() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoices (id int);
            """)
        .migration("V2__rename.sql", """
            -- expect: rename-table
            ALTER TABLE IF EXISTS billing.invoices RENAME TO bills;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).hasValueSatisfying(sql -> assertThat(sql)
        .startsWith("ALTER TABLE billing.invoices RENAME TO bills;\n"
            + "CREATE VIEW billing.invoices AS SELECT * FROM billing.bills;"));
  }

  @Test
  void tablesCreatedOrRenamedInTheSameMigrationAreNotReported() {
    tester
        .migration("V1__orders.sql", """
            CREATE TABLE orders (id int);
            ALTER TABLE orders RENAME TO purchases;
            """)
        .migration("V2__again.sql", """
            -- expect: rename-table
            ALTER TABLE purchases RENAME TO sales;
            ALTER TABLE sales RENAME TO deals;
            """)
        .check();
  }

  @Test
  void otherAlterationsAreNotRenames() {
    tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id int, note text);")
        .migration("V2__change.sql", """
            ALTER TABLE orders RENAME COLUMN note TO remark;
            ALTER TABLE orders ADD COLUMN total numeric;
            """)
        .check();
  }

  @Test
  void mysqlRenameForms() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int); CREATE TABLE items (id int);")
        .migration("V2__rename.sql", """
            -- expect: rename-table
            ALTER TABLE orders RENAME TO purchases;
            -- expect: rename-table
            ALTER TABLE items RENAME AS order_items;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).hasValueSatisfying(sql -> assertThat(sql)
        .startsWith("RENAME TABLE orders TO purchases;\nCREATE VIEW orders AS SELECT * FROM purchases;"));
  }

  @Test
  void mysqlRenameTableStatement() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int); CREATE TABLE items (id int);")
        .migration("V2__rename.sql", """
            CREATE TABLE drafts (id int);
            -- expect: rename-table, rename-table
            RENAME TABLE orders TO purchases, items TO order_items, drafts TO notes;
            """)
        .check();
  }

  @Test
  void sqliteIsNotReported() {
    tester.dialect(Dialect.SQLITE)
        .migration("V1__orders.sql", "CREATE TABLE orders (id integer);")
        .migration("V2__rename.sql", "ALTER TABLE orders RENAME TO purchases;")
        .check();
  }
}
