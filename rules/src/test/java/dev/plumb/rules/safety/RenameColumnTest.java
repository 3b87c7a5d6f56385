package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameColumnTest {

  private final RuleTester tester = RuleTester.of(new RenameColumn());

  @Test
  void renamingAColumnOfAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text);")
        .migration("V2__rename.sql", """
            -- expect: rename-column (error)
            ALTER TABLE users RENAME COLUMN name TO full_name;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.message()).isEqualTo("Column users.name is renamed to full_name: code already running "
        + "still reads and writes name, and those queries fail until every instance runs the new code");
    Remediation remediation = finding.remediations().get(0);
    assertThat(remediation.sql()).hasValueSatisfying(sql -> assertThat(sql)
        .startsWith("ALTER TABLE users ADD COLUMN full_name text;\n")
        .contains("UPDATE users SET full_name = name WHERE id > batch_from AND id <= batch_from + 10000;")
        .endsWith("ALTER TABLE users DROP COLUMN name;"));
  }

  @Test
  void renameWithoutTheColumnKeywordAndSchemaQualifiedQuotedNames() {
    tester
        .migration("V1__t.sql", """
            CREATE SCHEMA billing;
            CREATE TABLE billing."Invoices" (id int, "Total" numeric);
            """)
        .migration("V2__rename.sql", """
            -- expect: rename-column
            ALTER TABLE billing."Invoices" RENAME "Total" TO amount;
            """)
        .check();
  }

  @Test
  void aTableUnknownToTheReplayIsTakenAsExisting() {
    tester
        .migration("V7__rename.sql", """
            -- expect: rename-column
            ALTER TABLE legacy_orders RENAME COLUMN ref TO reference;
            """)
        .check();
  }

  @Test
  void renamingInTheMigrationThatCreatedTheTableOrColumnIsHarmless() {
    tester
        .migration("V1__users.sql", """
            CREATE TABLE users (id int, name text);
            ALTER TABLE users RENAME COLUMN name TO full_name;
            """)
        .migration("V2__more.sql", """
            ALTER TABLE users ADD COLUMN nick text;
            ALTER TABLE users RENAME COLUMN nick TO nickname;
            """)
        .check();
  }

  @Test
  void aColumnRenamedTwiceIsReportedOnce() {
    tester
        .migration("V1__users.sql", "CREATE TABLE users (id int, name text);")
        .migration("V2__rename.sql", """
            -- expect: rename-column
            ALTER TABLE users RENAME COLUMN name TO full_name;
            ALTER TABLE users RENAME COLUMN full_name TO display_name;
            """)
        .check();
  }

  @Test
  void aTableRenamedEarlierInTheMigrationHasNoNameRunningCodeUses() {
    // rename-table reports the first statement; no deployed code queries accounts.name.
    tester
        .migration("V1__users.sql", "CREATE TABLE users (id int, name text);")
        .migration("V2__rename.sql", """
            ALTER TABLE users RENAME TO accounts;
            ALTER TABLE accounts RENAME COLUMN name TO full_name;
            """)
        .check();
  }

  @Test
  void mysqlChangeThatRenames() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY, name varchar(100) NOT NULL);")
        .migration("V2__rename.sql", """
            -- expect: rename-column
            ALTER TABLE users CHANGE name full_name varchar(200) NOT NULL;
            ALTER TABLE users CHANGE COLUMN full_name FULL_NAME varchar(300) NOT NULL;
            ALTER TABLE users MODIFY full_name varchar(300) NOT NULL;
            -- expect: rename-column
            ALTER TABLE users RENAME COLUMN id TO user_id;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).hasValueSatisfying(sql -> assertThat(sql)
        .startsWith("ALTER TABLE users ADD COLUMN full_name varchar(200);\n")
        .contains("UPDATE users SET full_name = name WHERE id > @batch_from AND id <= @batch_from + 10000;"));
  }

  @Test
  void sqliteAndH2AreNotReported() {
    tester.dialect(Dialect.SQLITE)
        .migration("V1__users.sql", "CREATE TABLE users (id integer, name text);")
        .migration("V2__rename.sql", "ALTER TABLE users RENAME COLUMN name TO full_name;")
        .check();
  }
}
