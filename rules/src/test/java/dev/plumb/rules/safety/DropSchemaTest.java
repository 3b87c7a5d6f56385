package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropSchemaTest {

  private final RuleTester tester = RuleTester.of(new DropSchema());

  @Test
  void cascadeDropsEveryTableOfAnExistingSchema() {
    List<Finding> findings = tester
        .migration("V1__billing.sql", """
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoices (id int);
            CREATE TABLE billing.payments (id int);
            CREATE TABLE public.users (id int);
            """)
        .migration("V2__drop.sql", """
            -- expect: drop-schema (error)
            DROP SCHEMA billing CASCADE;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Schema billing is dropped with CASCADE: its tables invoices, "
        + "payments go too, rows included, and code already running that uses them fails");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        -- after the code stopped using them, one migration each:
        DROP TABLE billing.invoices;
        DROP TABLE billing.payments;
        -- last, without CASCADE: fails if anything is left
        DROP SCHEMA billing;""");
  }

  @Test
  void withoutCascadePostgresRefusesToDropAnythingButAnEmptySchema() {
    tester
        .migration("V1__billing.sql", "CREATE SCHEMA billing; CREATE TABLE billing.invoices (id int);")
        .migration("V2__drop.sql", "DROP SCHEMA IF EXISTS billing;")
        .check();
  }

  @Test
  void schemasCreatedInTheSameMigrationAreNotReported() {
    tester
        .migration("V1__scratch.sql", """
            CREATE SCHEMA scratch;
            CREATE TABLE scratch.t (id int);
            DROP SCHEMA scratch CASCADE;
            """)
        .check();
  }

  @Test
  void aSchemaTheReplayDoesNotKnowIsTakenAsExisting() {
    tester
        .migration("V8__drop.sql", """
            -- expect: drop-schema
            DROP SCHEMA reporting CASCADE;
            """)
        .check();
  }

  @Test
  void mysqlDropSchemaIsDropDatabase() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", "CREATE TABLE shop.orders (id int);")
        .migration("V2__drop.sql", """
            -- expect: drop-schema
            DROP SCHEMA shop;
            """)
        .check();

    assertThat(findings.get(0).message()).startsWith("Schema (database) shop is dropped: its tables orders go too");
  }
}
