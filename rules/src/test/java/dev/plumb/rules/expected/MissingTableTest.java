package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingTableTest {

  private final RuleTester tester = RuleTester.of(new MissingTable());

  @Test
  void requiredTableMissingIsAnError() {
    List<Finding> findings = tester
        .expected("""
            tables:
              # expect: missing-table (error)
              - name: audit_log
                columns:
                  - { name: id, type: bigint, nullable: false }
                  - { name: at, type: timestamptz, nullable: false, hasDefault: true }
                primaryKey: [id]
            """)
        .migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);")
        .check();
    assertThat(findings.get(0).message()).isEqualTo("Required table public.audit_log does not exist");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        CREATE TABLE audit_log (
          id bigint NOT NULL,
          at timestamp with time zone NOT NULL DEFAULT now(),
          PRIMARY KEY (id)
        );""");
  }

  @Test
  void optionalTableMissingIsOneStepLower() {
    tester
        .expected("""
            tables:
              # expect: missing-table (warning)
              - name: rate_limit_violations
                required: false
            """)
        .check();
  }

  @Test
  void tableInAnotherSchemaIsQualified() {
    List<Finding> findings = tester
        .expected("""
            tables:
              # expect: missing-table
              - { name: events, schema: audit, columns: [{ name: id, type: int }] }
            """)
        .migration("V1__events.sql", "CREATE TABLE events (id int);")
        .check();
    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow()).startsWith("CREATE TABLE audit.events (");
  }

  @Test
  void presentTablesAreNotReported() {
    tester
        .expected("""
            tables:
              - name: users
              - { name: Events, schema: public }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE users (id int);
            CREATE TABLE public.events (id int);
            """)
        .check();
  }

  @Test
  void noExpectedSchemaMeansNothingToCompare() {
    tester.migration("V1__t.sql", "CREATE TABLE users (id int);").check();
  }
}
