package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingIndexTest {

  private final RuleTester tester = RuleTester.of(new MissingIndex());

  @Test
  void missingIndexesAreReportedWithConcurrentCreate() {
    List<Finding> findings = tester
        .expected("""
            tables:
              - name: checks
                indexes:
                  # expect: missing-index (warning)
                  - { columns: [next_check] }
                  # expect: missing-index
                  - { columns: [owner_id, kind], unique: true }
                  # expect: missing-index
                  - { columns: [b, a] }
            """)
        .migration("V1__checks.sql", """
            CREATE TABLE checks (id int, next_check timestamptz, owner_id int, kind text, a int, b int);
            CREATE INDEX checks_owner_kind ON checks (owner_id, kind);
            CREATE INDEX checks_a_b ON checks (a, b);
            """)
        .check();
    assertThat(findings.get(0).message()).isEqualTo("Table public.checks has no index on (next_check)");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue(
        "CREATE INDEX CONCURRENTLY checks_next_check_idx ON checks (next_check);");
    assertThat(findings.get(1).message()).isEqualTo("Table public.checks has no unique index on (owner_id, kind) "
        + "(index checks_owner_kind has those columns but not the expected name or uniqueness)");
  }

  @Test
  void primaryKeysUniqueConstraintsAndNamedIndexesSatisfy() {
    tester
        .expected("""
            tables:
              - name: t
                indexes:
                  - { columns: [id], unique: true }
                  - { columns: [email], unique: true }
                  - { columns: [created_at] }
                  - { name: t_lower_idx, columns: [name] }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE t (id int PRIMARY KEY, email text UNIQUE, created_at timestamptz, name text);
            CREATE INDEX CONCURRENTLY IF NOT EXISTS t_created_at_idx ON t (created_at DESC);
            CREATE INDEX t_lower_idx ON t USING btree (name);
            """)
        .check();
  }

  @Test
  void partialAndExpressionIndexesDoNotCount() {
    tester
        .expected("""
            tables:
              - name: t
                indexes:
                  # expect: missing-index
                  - { columns: [status] }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE t (status text);
            CREATE INDEX t_pending ON t (status) WHERE status = 'pending';
            CREATE INDEX t_lower ON t (lower(status));
            """)
        .check();
  }

  @Test
  void droppedIndexIsMissing() {
    tester
        .expected("""
            tables:
              - name: t
                indexes:
                  # expect: missing-index
                  - { columns: [c] }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE t (c int);
            CREATE INDEX t_c_idx ON t (c);
            DROP INDEX t_c_idx;
            """)
        .check();
  }

  @Test
  void mysqlRemediationIsAnOnlineAlter() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .expected("""
            dialect: mysql
            tables:
              - name: t
                indexes:
                  # expect: missing-index
                  - { columns: [c] }
            """)
        .migration("V1__t.sql", "CREATE TABLE t (c int);")
        .check();
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue(
        "ALTER TABLE t ADD INDEX t_c_idx (c), ALGORITHM=INPLACE, LOCK=NONE;");
  }
}
