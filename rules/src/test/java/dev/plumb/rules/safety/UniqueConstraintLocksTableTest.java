package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueConstraintLocksTableTest {

  private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text, tenant int);";

  private final RuleTester tester = RuleTester.of(new UniqueConstraintLocksTable());

  @Test
  void uniqueConstraintOnAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__users.sql", USERS)
        .migration("V2__unique.sql", """
            -- expect: unique-constraint-locks-table (warning)
            ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);
            -- expect: unique-constraint-locks-table
            ALTER TABLE users ADD UNIQUE (tenant, email);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("UNIQUE constraint users_email_unique on existing table "
        + "public.users builds its index under an ACCESS EXCLUSIVE lock, which blocks every read and write of the "
        + "table, until every row is indexed");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        -- CONCURRENTLY cannot run inside a transaction block: run it in a migration without one
        CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);
        ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE USING INDEX users_email_key;
        """);
    assertThat(findings.get(1).remediations().get(0).sql().orElseThrow()).contains(
        "CREATE UNIQUE INDEX CONCURRENTLY users_tenant_email_key ON users (tenant, email);\n"
            + "ALTER TABLE users ADD CONSTRAINT users_tenant_email_key UNIQUE USING INDEX users_tenant_email_key;");
  }

  @Test
  void uniqueColumnOnAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__users.sql", USERS)
        .migration("V2__unique.sql", """
            -- expect: unique-constraint-locks-table
            ALTER TABLE users ADD COLUMN handle text UNIQUE;
            ALTER TABLE users ADD COLUMN code text NOT NULL UNIQUE;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow()).startsWith("""
        ALTER TABLE users ADD COLUMN handle text;
        -- CONCURRENTLY cannot run inside a transaction block: run it in a migration without one
        CREATE UNIQUE INDEX CONCURRENTLY users_handle_key ON users (handle);
        ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE USING INDEX users_handle_key;
        """);
  }

  @Test
  void usingAnIndexBuiltConcurrentlyIsFine() {
    tester
        .migration("V1__users.sql", USERS)
        .migration("V2__unique.sql", """
            ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
            ALTER TABLE users ADD CONSTRAINT users_tenant_check CHECK (tenant > 0) NOT VALID;
            """)
        .check();
  }

  @Test
  void tablesCreatedInTheSameMigrationAndOtherDialects() {
    tester
        .migration("V1__users.sql", USERS + "\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);")
        .check();
    RuleTester.of(new UniqueConstraintLocksTable()).dialect(Dialect.MYSQL)
        .migration("V2__unique.sql", "ALTER TABLE users ADD UNIQUE KEY users_email (email);")
        .check();
  }

  @Test
  void schemaQualifiedQuotedTable() {
    List<Finding> findings = tester
        .migration("V2__unique.sql", """
            -- expect: unique-constraint-locks-table
            ALTER TABLE crm."Contacts" ADD UNIQUE ("Email");
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow()).contains(
        "CREATE UNIQUE INDEX CONCURRENTLY \"Contacts_Email_key\" ON crm.\"Contacts\" (\"Email\");");
  }
}
