package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingColumnTest {

  private final RuleTester tester = RuleTester.of(new MissingColumn());

  @Test
  void columnNeverMigratedIsReportedAtItsYamlLine() {
    List<Finding> findings = tester
        .expected("""
            tables:
              - name: compliance_checks
                columns:
                  - { name: id, type: bigint, nullable: false }
                  # expect: missing-column (error)
                  - { name: next_check, type: timestamptz, nullable: false, hasDefault: true }
            """)
        .migration("V1__checks.sql", """
            -- the scheduler needs next_check, but it was never added
            CREATE TABLE compliance_checks (id bigserial PRIMARY KEY);
            """)
        .check();
    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("Column public.compliance_checks.next_check does not exist");
    assertThat(finding.location().object()).hasValueSatisfying(p -> assertThat(p).hasToString(
        "public.compliance_checks.next_check"));
    assertThat(finding.remediations().get(0).sql()).hasValue(
        "ALTER TABLE compliance_checks ADD COLUMN next_check timestamp with time zone NOT NULL DEFAULT now();");
    assertThat(finding.related()).extracting(RelatedLocation::message)
        .containsExactly("table public.compliance_checks is created here");
    assertThat(finding.related().get(0).span().file()).isEqualTo("V1__checks.sql");
    assertThat(finding.related().get(0).span().line()).isEqualTo(2);
  }

  @Test
  void notNullWithoutDefaultIsAddedInThreeSteps() {
    List<Finding> findings = tester
        .expected("""
            tables:
              - name: orders
                columns:
                  # expect: missing-column
                  - { name: region, type: varchar(8), nullable: false }
            """)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int);")
        .check();
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        ALTER TABLE orders ADD COLUMN region character varying(8);
        UPDATE orders SET region = <value> WHERE region IS NULL;
        ALTER TABLE orders ALTER COLUMN region SET NOT NULL;""");
  }

  @Test
  void mysqlRemediationUsesMysqlSyntax() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .expected("""
            dialect: mysql
            tables:
              - name: orders
                columns:
                  # expect: missing-column
                  - { name: note, type: text }
            """)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int);")
        .check();
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("ALTER TABLE orders ADD COLUMN note text;");
  }

  @Test
  void columnsAddedByLaterMigrationsAndSynonymsAreFound() {
    tester
        .expected("""
            tables:
              - name: compliance_checks
                columns:
                  - { name: id, type: bigint }
                  - { name: next_check, type: timestamptz }
                  - { name: '"Mixed"', type: text }
            """)
        .migration("V1__checks.sql", "CREATE TABLE compliance_checks (id bigserial PRIMARY KEY);")
        .migration("V2__next.sql", """
            ALTER TABLE compliance_checks ADD COLUMN next_check timestamptz;
            ALTER TABLE compliance_checks ADD COLUMN "Mixed" text;
            """)
        .check();
  }

  @Test
  void columnsOfAMissingTableAreLeftToMissingTable() {
    tester
        .expected("""
            tables:
              - name: absent
                columns:
                  - { name: id, type: int }
            """)
        .check();
  }

  @Test
  void droppedColumnIsMissingAgain() {
    tester
        .expected("""
            tables:
              - name: t
                columns:
                  # expect: missing-column
                  - { name: legacy, type: int }
            """)
        .migration("V1__t.sql", "CREATE TABLE t (id int, legacy int);")
        .migration("V2__drop.sql", "ALTER TABLE t DROP COLUMN legacy;")
        .check();
  }
}
