package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintWithoutNotValidTest {

  private static final String TABLES = """
      CREATE TABLE users (id bigint PRIMARY KEY);
      CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric);
      """;

  private final RuleTester tester = RuleTester.of(new ConstraintWithoutNotValid());

  @Test
  void foreignKeyWithoutNotValid() {
    List<Finding> findings = tester
        .migration("V1__tables.sql", TABLES)
        .migration("V2__fk.sql", """
            -- expect: constraint-without-not-valid (warning)
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("Foreign key orders_user_fk is added to existing table public.orders "
        + "without NOT VALID: every row is checked while a SHARE ROW EXCLUSIVE lock on public.orders and "
        + "public.users blocks INSERT, UPDATE and DELETE; reads go on");
    assertThat(finding.remediations().get(0).sql()).contains("""
        ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
        -- in a later migration, or after a COMMIT:
        ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
        """);
    assertThat(finding.remediations().get(1).edits()).containsExactly(
        TextEdit.insert("V2__fk.sql", 2, 93, " NOT VALID"));
  }

  @Test
  void checkWithoutNotValidAndUnnamedConstraints() {
    List<Finding> findings = tester
        .migration("V1__tables.sql", TABLES)
        .migration("V2__checks.sql", """
            -- expect: constraint-without-not-valid
            ALTER TABLE orders ADD CHECK (total >= 0);
            -- expect: constraint-without-not-valid
            ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users ON DELETE CASCADE;
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("CHECK constraint orders_total_check is added to existing "
        + "table public.orders without NOT VALID: every row is checked under an ACCESS EXCLUSIVE lock");
    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow())
        .startsWith("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\n");
    assertThat(findings.get(1).remediations().get(0).sql().orElseThrow()).startsWith("ALTER TABLE orders ADD "
        + "CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n");
    assertThat(findings.get(1).remediations().get(1).edits()).containsExactly(
        TextEdit.insert("V2__checks.sql", 4, 80, " NOT VALID"));
  }

  @Test
  void inlineReferencesWithAValueForEveryRow() {
    List<Finding> findings = tester
        .migration("V1__tables.sql", TABLES)
        .migration("V2__column.sql", """
            -- expect: constraint-without-not-valid
            ALTER TABLE orders ADD COLUMN buyer_id bigint DEFAULT 1 REFERENCES users (id);
            -- all NULL: PostgreSQL marks the key valid without checking a row
            ALTER TABLE orders ADD COLUMN seller_id bigint REFERENCES users (id);
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        ALTER TABLE orders ADD COLUMN buyer_id bigint DEFAULT 1;
        ALTER TABLE orders ADD CONSTRAINT orders_buyer_id_fkey FOREIGN KEY (buyer_id) REFERENCES users (id) NOT VALID;
        -- in a later migration, or after a COMMIT:
        ALTER TABLE orders VALIDATE CONSTRAINT orders_buyer_id_fkey;
        """);
  }

  @Test
  void notValidAndOtherConstraintsAreFine() {
    tester
        .migration("V1__tables.sql", TABLES)
        .migration("V2__fk.sql", """
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            ALTER TABLE orders ADD COLUMN note text;
            """)
        .check();
  }

  @Test
  void tablesCreatedInTheSameMigrationAreEmpty() {
    tester
        .migration("V1__tables.sql", TABLES + """
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
            ALTER TABLE orders ADD CHECK (total >= 0);
            ALTER TABLE orders ADD COLUMN buyer_id bigint DEFAULT 1 REFERENCES users;
            """)
        .check();
  }

  @Test
  void schemaQualifiedAndQuotedNames() {
    List<Finding> findings = tester
        .migration("V2__fk.sql", """
            -- expect: constraint-without-not-valid
            ALTER TABLE billing."Invoices" ADD CONSTRAINT "Invoices_Customer"
              FOREIGN KEY ("CustomerId") REFERENCES billing.customers ("Id");
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow()).startsWith("ALTER TABLE billing.\"Invoices\" "
        + "ADD CONSTRAINT \"Invoices_Customer\" FOREIGN KEY (\"CustomerId\") REFERENCES billing.customers (\"Id\") "
        + "NOT VALID;\n");
  }

  @Test
  void otherDialectsHaveNoNotValid() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__tables.sql", TABLES)
        .migration("V2__fk.sql", "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) "
            + "REFERENCES users (id);")
        .check();
  }
}
