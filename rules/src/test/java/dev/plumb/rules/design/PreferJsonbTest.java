package dev.plumb.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferJsonbTest {

  private final RuleTester tester = RuleTester.of(new PreferJsonb());

  @Test
  void jsonColumns() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            -- expect: prefer-jsonb (note)
            CREATE TABLE events (payload json NOT NULL);
            -- expect: prefer-jsonb
            ALTER TABLE events ADD COLUMN history JSON[];
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column public.events.payload is json, which is reparsed on "
        + "every access and cannot be compared or GIN-indexed; use jsonb");
    assertThat(findings.get(0).remediations().get(0).edits())
        .containsExactly(new TextEdit("V1__t.sql", 2, 30, 2, 34, "jsonb"));
    assertThat(findings.get(1).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("JSONB[]");
  }

  @Test
  void jsonbIsFine() {
    tester.migration("V1__t.sql", "CREATE TABLE events (payload jsonb, doc jsonb[]);").check();
  }

  @Test
  void columnRetypedLaterIsNotReported() {
    tester
        .migration("V1__t.sql", "CREATE TABLE events (payload json);")
        .migration("V2__t.sql", "ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;")
        .check();
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL).migration("V1__t.sql", "CREATE TABLE events (payload json);").check();
  }
}
