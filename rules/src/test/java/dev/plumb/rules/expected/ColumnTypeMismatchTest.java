package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTypeMismatchTest {

  private final RuleTester tester = RuleTester.of(new ColumnTypeMismatch());

  @Test
  void differentTypeIsReportedWithAlterType() {
    List<Finding> findings = tester
        .expected("""
            tables:
              - name: accounts
                columns:
                  # expect: column-type-mismatch
                  - { name: balance, type: "numeric(19,4)" }
                  # expect: column-type-mismatch
                  - { name: code, type: varchar(10) }
            """)
        .migration("V1__accounts.sql", """
            CREATE TABLE accounts (
              balance double precision,
              code varchar(20)
            );
            """)
        .check();
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column public.accounts.balance is double precision but numeric(19,4) is expected",
        "Column public.accounts.code is character varying(20) but character varying(10) is expected");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue(
        "ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(19,4) USING balance::numeric(19,4);");
    assertThat(findings.get(0).related().get(0).span()).extracting(s -> s.line(), s -> s.column())
        .containsExactly(2, 3);
  }

  @Test
  void synonymsAndUnstatedLengthsMatch() {
    tester
        .expected("""
            tables:
              - name: t
                columns:
                  - { name: a, type: int4 }
                  - { name: b, type: int8 }
                  - { name: c, type: timestamptz }
                  - { name: d, type: "decimal(10,2)" }
                  - { name: e, type: bool }
                  - { name: f, type: varchar }
                  - { name: g, type: "character varying(5)" }
                  - { name: h, type: "text[]" }
                  - { name: i, type: float8 }
                  - { name: j }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE t (
              a integer, b bigserial, c timestamp with time zone, d numeric(10, 2), e boolean,
              f varchar(255), g varchar(5), h text[], i double precision, j uuid
            );
            """)
        .check();
  }

  @Test
  void arrayAndScalarDiffer() {
    tester
        .expected("""
            tables:
              - name: t
                columns:
                  # expect: column-type-mismatch
                  - { name: tags, type: text }
            """)
        .migration("V1__t.sql", "CREATE TABLE t (tags text[]);")
        .check();
  }
}
