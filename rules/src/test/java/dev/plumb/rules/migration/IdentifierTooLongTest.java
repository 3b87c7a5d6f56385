package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierTooLongTest {

  private static final String LONG_64 = "subscription_invoice_line_items_by_customer_and_billing_period_x";

  private final RuleTester tester = RuleTester.of(new IdentifierTooLong());

  @Test
  void postgresCutsNamesPast63Bytes() {
    assertThat(LONG_64).hasSize(64);
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            -- expect: identifier-too-long (error)
            CREATE TABLE %s (id int);
            """.formatted(LONG_64))
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Table name " + LONG_64 + " is 64 bytes long: PostgreSQL keeps "
        + "63 and names it " + LONG_64.substring(0, 63) + ", so lookups by the full name as a string find nothing, "
        + "and names that share those bytes collide");
    assertThat(findings.get(0).remediations().get(0).description())
        .isEqualTo("Choose a name of at most 63 bytes, such as the one PostgreSQL would use anyway: "
            + LONG_64.substring(0, 63) + ".");
  }

  @Test
  void bytesNotCharactersCount() {
    String accented = "é".repeat(32);
    assertThat(IdentifierTooLong.truncated(accented)).isEqualTo("é".repeat(31));
    assertThat(IdentifierTooLong.truncated("a" + "😀".repeat(16))).isEqualTo("a" + "😀".repeat(15));
    tester
        .migration("V1__t.sql", """
            CREATE TABLE t (id int);
            -- expect: identifier-too-long
            ALTER TABLE t ADD COLUMN "%s" int;
            ALTER TABLE t ADD COLUMN "%s" int;
            """.formatted(accented, "é".repeat(31)))
        .check();
  }

  @Test
  void indexesConstraintsAndRenamedColumns() {
    String index = "index_" + "x".repeat(58);
    tester
        .migration("V1__t.sql", """
            CREATE TABLE t (id int, a int);
            -- expect: identifier-too-long
            CREATE INDEX %s ON t (a);
            -- expect: identifier-too-long
            ALTER TABLE t RENAME COLUMN a TO %s;
            CREATE TABLE u (
              id int,
              -- expect: identifier-too-long
              CONSTRAINT %s CHECK (id > 0)
            );
            -- expect: identifier-too-long
            ALTER TABLE u ADD CONSTRAINT %s UNIQUE (id);
            """.formatted(index, "a".repeat(70), "c".repeat(64), "u".repeat(64)))
        .check();
  }

  @Test
  void namesWithinTheLimitAndGeneratedNamesAreFine() {
    String name = "x".repeat(63);
    tester
        .migration("V1__t.sql", """
            CREATE TABLE %s (id int PRIMARY KEY, %s_id int REFERENCES %s (id));
            CREATE INDEX ON %s (%s_id);
            """.formatted(name, name.substring(0, 60), name, name, name.substring(0, 60)))
        .check();
  }

  @Test
  void mysqlRejectsNamesPast64Characters() {
    String longName = LONG_64 + "y";
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", """
            CREATE TABLE %s (id int);
            -- expect: identifier-too-long
            CREATE TABLE %s (id int);
            """.formatted(LONG_64, longName))
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Table name " + longName + " is 65 characters long: MySQL "
        + "allows 64 and rejects the statement (Identifier name is too long)");
  }

  @Test
  void sqliteHasNoLimit() {
    tester.dialect(Dialect.SQLITE)
        .migration("V1__t.sql", "CREATE TABLE %s (id integer);".formatted("t".repeat(100)))
        .check();
  }
}
