package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainWithConstraintTest {

  private final RuleTester tester = RuleTester.of(new DomainWithConstraint());

  @Test
  void addingAConstraintToADomainInUse() {
    List<Finding> findings = tester
        .migration("V1__domain.sql", """
            CREATE DOMAIN email_address AS text;
            CREATE TABLE users (id int, email email_address);
            CREATE TABLE leads (id int, contact email_address);
            """)
        .migration("V2__check.sql", """
            -- expect: domain-with-constraint (warning)
            ALTER DOMAIN email_address ADD CONSTRAINT has_at CHECK (VALUE LIKE '%@%');
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("ALTER DOMAIN email_address ADD CONSTRAINT checks every column "
        + "of the domain (users.email, leads.contact) while holding a SHARE lock, which blocks INSERT, UPDATE and "
        + "DELETE; reads go on, until every value is checked");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (<the check on email>) NOT VALID;
        ALTER TABLE users VALIDATE CONSTRAINT users_email_check;
        ALTER TABLE leads ADD CONSTRAINT leads_contact_check CHECK (<the check on contact>) NOT VALID;
        ALTER TABLE leads VALIDATE CONSTRAINT leads_contact_check;""");
  }

  @Test
  void createDomainWithACheck() {
    tester
        .migration("V1__domain.sql", """
            -- expect: domain-with-constraint
            CREATE DOMAIN positive_amount AS numeric CHECK (VALUE > 0);
            CREATE DOMAIN label AS text NOT NULL;
            """)
        .check();
  }

  @Test
  void notValidNewDomainsAndNotNullAreFine() {
    tester
        .migration("V1__domain.sql", "CREATE DOMAIN code AS text; CREATE TABLE t (c code);")
        .migration("V2__check.sql", """
            ALTER DOMAIN code ADD CONSTRAINT code_short CHECK (length(VALUE) < 10) NOT VALID;
            CREATE DOMAIN tag AS text;
            ALTER DOMAIN tag ADD CONSTRAINT tag_lower CHECK (VALUE = lower(VALUE));
            """)
        .check();
  }

  @Test
  void alterDomainAddNotNullScansToo() {
    tester
        .migration("V1__domain.sql", "CREATE DOMAIN code AS text; CREATE TABLE t (c code);")
        .migration("V2__check.sql", """
            -- expect: domain-with-constraint
            ALTER DOMAIN code ADD NOT NULL;
            """)
        .check();
  }

  @Test
  void onlyPostgres() {
    tester.dialect(Dialect.H2)
        .migration("V1__domain.sql", "CREATE DOMAIN amount AS numeric CHECK (VALUE > 0);")
        .check();
  }
}
