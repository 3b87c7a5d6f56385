package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNullabilityMismatchTest {

  private final RuleTester tester = RuleTester.of(new ColumnNullabilityMismatch());

  @Test
  void bothDirectionsAreReported() {
    List<Finding> findings = tester
        .expected("""
            tables:
              - name: t
                columns:
                  # expect: column-nullability-mismatch
                  - { name: must, type: int, nullable: false }
                  # expect: column-nullability-mismatch
                  - { name: may, type: int, nullable: true }
            """)
        .migration("V1__t.sql", "CREATE TABLE t (must int, may int NOT NULL);")
        .check();
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column public.t.must allows NULL but the expected schema says NOT NULL",
        "Column public.t.may is NOT NULL but the expected schema allows NULL");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        UPDATE t SET must = <value> WHERE must IS NULL;
        ALTER TABLE t ALTER COLUMN must SET NOT NULL;""");
    assertThat(findings.get(1).remediations().get(0).sql()).hasValue("ALTER TABLE t ALTER COLUMN may DROP NOT NULL;");
  }

  @Test
  void primaryKeyColumnsAndLaterSetNotNullCount() {
    tester
        .expected("""
            tables:
              - name: t
                columns:
                  - { name: id, type: int, nullable: false }
                  - { name: later, type: int, nullable: false }
                  - { name: free, type: int }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE t (id int PRIMARY KEY, later int, free int NOT NULL);
            ALTER TABLE t ALTER COLUMN later SET NOT NULL;
            """)
        .check();
  }
}
