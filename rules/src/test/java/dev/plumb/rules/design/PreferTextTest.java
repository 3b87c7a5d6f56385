package dev.plumb.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferTextTest {

  private final RuleTester tester = RuleTester.of(new PreferText());

  @Test
  void limitedVarcharColumns() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE "Users" (
              -- expect: prefer-text (note)
              "E-mail" varchar(255) NOT NULL,
              -- expect: prefer-text
              name CHARACTER VARYING (40),
              -- expect: prefer-text
              tags varchar(20)[]
            );
            -- expect: prefer-text
            ALTER TABLE "Users" ADD COLUMN nick varchar(10);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column public.Users.E-mail is varchar(255): raising the "
        + "limit later locks the table, lowering it rewrites the table; use text, with a CHECK constraint if the "
        + "limit matters");
    Remediation fix = findings.get(0).remediations().get(0);
    assertThat(fix.description()).isEqualTo("Use text");
    assertThat(fix.edits()).containsExactly(new TextEdit("V1__t.sql", 3, 12, 3, 24, "text"));
    assertThat(findings.get(0).remediations().get(1).sql())
        .contains("\"E-mail\" text CHECK (length(\"E-mail\") <= 255)");
    assertThat(findings.get(1).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("TEXT");
    assertThat(findings.get(2).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("text[]");
  }

  @Test
  void textAndUnlimitedVarcharAreFine() {
    tester
        .migration("V1__t.sql", "CREATE TABLE t (a text, b varchar, c character varying, d char(2));")
        .check();
  }

  @Test
  void columnRetypedLaterIsNotReported() {
    tester
        .migration("V1__t.sql", "CREATE TABLE t (a varchar(20), b varchar(20));")
        .migration("V2__text.sql", """
            ALTER TABLE t ALTER COLUMN a TYPE text;
            ALTER TABLE t DROP COLUMN b;
            """)
        .check();
  }

  @Test
  void columnAddedAgainIsJudgedByItsLastDeclaration() {
    tester
        .migration("V1__t.sql", "CREATE TABLE t (a text);")
        .migration("V2__b.sql", """
            ALTER TABLE t ADD COLUMN b varchar(5);
            ALTER TABLE t DROP COLUMN b;
            -- expect: prefer-text
            ALTER TABLE t ADD COLUMN b varchar(8);
            """)
        .check();
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", "CREATE TABLE t (a varchar(20));")
        .check();
  }
}
