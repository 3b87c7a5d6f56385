package dev.plumb.rules.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlParseErrorTest {

  private final RuleTester tester = RuleTester.of(new SqlParseError()).allowingParseErrors();

  @Test
  void statementThatDoesNotParseIsReportedAndTheRunGoesOn() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE ok (id int);
            -- expect: sql-parse-error
            CREATE TABLE broken (id int,, name text);
            CREATE TABLE after (id int);
            """)
        .check();
    Finding finding = findings.get(0);
    assertThat(finding.location().span().orElseThrow().column()).isGreaterThan(1);
    assertThat(finding.related().get(0).span().line()).isEqualTo(3);
  }

  @Test
  void anErrorAtTheStatementsStartNeedsNoNoteSayingWhereItStarts() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            -- expect: sql-parse-error
            CRATE TABLE typo (id int);
            """)
        .check();
    assertThat(findings.get(0).location().span().orElseThrow().column()).isEqualTo(1);
    assertThat(findings.get(0).related()).isEmpty();
  }

  @Test
  void validSqlGivesNothing() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE t (id int, body text DEFAULT 'a;b');
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
            """)
        .check();
  }
}
