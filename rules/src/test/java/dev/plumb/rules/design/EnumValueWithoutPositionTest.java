package dev.plumb.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumValueWithoutPositionTest {

  private final RuleTester tester = RuleTester.of(new EnumValueWithoutPosition());

  @Test
  void aValueAppendedWithoutAPosition() {
    List<Finding> findings = tester
        .migration("V1__priority.sql", "CREATE TYPE priority AS ENUM ('low', 'high');")
        .migration("V2__medium.sql", """
            -- expect: enum-value-without-position (note)
            ALTER TYPE priority ADD VALUE 'medium';
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("Value 'medium' is added to enum priority without BEFORE or AFTER: it "
        + "goes after 'high', and enum values sort and compare by position, so this decides ORDER BY and < results");
    Remediation fix = finding.remediations().get(1);
    assertThat(fix.edits()).containsExactly(TextEdit.insert("V2__medium.sql", 2, 39, " AFTER 'high'"));
  }

  @Test
  void quotesInTheLastValueAreDoubled() {
    List<Finding> findings = tester
        .migration("V1__t.sql", "CREATE TYPE answer AS ENUM ('yes', 'don''t know');")
        .migration("V2__add.sql", """
            -- expect: enum-value-without-position
            ALTER TYPE public.answer ADD VALUE IF NOT EXISTS 'no';
            """)
        .check();

    assertThat(findings.get(0).remediations().get(1).edits().get(0).newText()).isEqualTo(" AFTER 'don''t know'");
  }

  @Test
  void anEnumTheReplayDoesNotKnowGetsNoFix() {
    List<Finding> findings = tester
        .migration("V3__add.sql", """
            -- expect: enum-value-without-position
            ALTER TYPE mood ADD VALUE 'meh';
            """)
        .check();

    assertThat(findings.get(0).message()).contains("it goes last");
    assertThat(findings.get(0).remediations()).hasSize(1);
  }

  @Test
  void aWrittenPositionIsFine() {
    tester
        .migration("V1__priority.sql", "CREATE TYPE priority AS ENUM ('low', 'high');")
        .migration("V2__medium.sql", """
            ALTER TYPE priority ADD VALUE 'medium' BEFORE 'high';
            ALTER TYPE priority ADD VALUE 'urgent' AFTER 'high';
            ALTER TYPE priority RENAME VALUE 'low' TO 'minor';
            """)
        .check();
  }

  @Test
  void onlyPostgres() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", "CREATE TABLE t (p enum('low', 'high'));")
        .check();
  }
}
