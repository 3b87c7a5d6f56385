package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnDefaultMismatchTest {

  private final RuleTester tester = RuleTester.of(new ColumnDefaultMismatch());

  @Test
  void wrongMissingAndUnwantedDefaults() {
    List<Finding> findings = tester
        .expected("""
            tables:
              - name: jobs
                columns:
                  # expect: column-default-mismatch (warning)
                  - { name: status, type: text, default: "'pending'" }
                  # expect: column-default-mismatch
                  - { name: queued_at, type: timestamptz, hasDefault: true }
                  # expect: column-default-mismatch
                  - { name: note, type: text, hasDefault: false }
            """)
        .migration("V1__jobs.sql", """
            CREATE TABLE jobs (
              status text DEFAULT 'new',
              queued_at timestamptz,
              note text DEFAULT ''
            );
            """)
        .check();
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column public.jobs.status has DEFAULT 'new' but DEFAULT 'pending' is expected",
        "Column public.jobs.queued_at has no default but the expected schema requires one",
        "Column public.jobs.note has DEFAULT '' but the expected schema says it has none");
    assertThat(findings).flatExtracting(Finding::remediations).extracting(r -> r.sql().orElseThrow()).containsExactly(
        "ALTER TABLE jobs ALTER COLUMN status SET DEFAULT 'pending';",
        "ALTER TABLE jobs ALTER COLUMN queued_at SET DEFAULT now();",
        "ALTER TABLE jobs ALTER COLUMN note DROP DEFAULT;");
  }

  @Test
  void equivalentDefaultsMatch() {
    tester
        .expected("""
            tables:
              - name: jobs
                columns:
                  - { name: status, default: "'pending'" }
                  - { name: at, default: "CURRENT_TIMESTAMP" }
                  - { name: n, default: "0" }
                  - { name: id, hasDefault: true }
                  - { name: ident, hasDefault: true }
                  - { name: plain, hasDefault: false }
            """)
        .migration("V1__jobs.sql", """
            CREATE TABLE jobs (
              status text DEFAULT 'pending'::text,
              at timestamptz DEFAULT now(),
              n int DEFAULT (0),
              id serial,
              ident bigint GENERATED ALWAYS AS IDENTITY,
              plain text
            );
            """)
        .check();
  }

  @Test
  void defaultSetByALaterAlterCounts() {
    tester
        .expected("""
            tables:
              - name: t
                columns:
                  - { name: c, default: "42" }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE t (c int);
            ALTER TABLE t ALTER COLUMN c SET DEFAULT 42;
            """)
        .check();
  }
}
