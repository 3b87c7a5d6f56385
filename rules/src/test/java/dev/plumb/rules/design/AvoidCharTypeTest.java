package dev.plumb.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvoidCharTypeTest {

  private final RuleTester tester = RuleTester.of(new AvoidCharType());

  @Test
  void blankPaddedColumns() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE countries (
              -- expect: avoid-char-type (note)
              code char(2) PRIMARY KEY,
              -- expect: avoid-char-type
              flag character,
              -- expect: avoid-char-type
              iso3 CHARACTER(3),
              -- expect: avoid-char-type
              other bpchar
            );
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column public.countries.code is char(2), which pads values "
        + "with blanks to its length; use text or varchar");
    assertThat(findings.get(0).remediations().get(0).edits())
        .containsExactly(new TextEdit("V1__t.sql", 3, 8, 3, 15, "text"));
    assertThat(findings.get(2).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("TEXT");
  }

  @Test
  void addedColumn() {
    tester
        .migration("V1__t.sql", "CREATE TABLE t (id bigint);")
        .migration("V2__t.sql", """
            -- expect: avoid-char-type
            ALTER TABLE t ADD COLUMN c char(10);
            """)
        .check();
  }

  @Test
  void varyingTypesAndTheInternalCharAreFine() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE t (a varchar(2), b character varying(3), c text, d "char", e char varying(4));
            """)
        .check();
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", "CREATE TABLE t (a char(2));")
        .check();
  }
}
