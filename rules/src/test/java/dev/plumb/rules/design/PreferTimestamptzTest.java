package dev.plumb.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferTimestamptzTest {

  private final RuleTester tester = RuleTester.of(new PreferTimestamptz());

  @Test
  void timestampsWithoutTimeZone() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE app.events (
              -- expect: prefer-timestamptz (note)
              created_at timestamp NOT NULL DEFAULT now(),
              -- expect: prefer-timestamptz
              updated_at TIMESTAMP(3) WITHOUT TIME ZONE,
              -- expect: prefer-timestamptz
              seen timestamp[]
            );
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Column app.events.created_at is timestamp, which stores a "
        + "wall-clock time without its offset; use timestamptz, which stores the instant");
    assertThat(findings.get(0).remediations().get(0).edits())
        .containsExactly(new TextEdit("V1__t.sql", 3, 14, 3, 23, "timestamptz"));
    assertThat(findings.get(1).remediations().get(0).description()).isEqualTo("Use timestamptz(3)");
    assertThat(findings.get(1).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("TIMESTAMPTZ(3)");
    assertThat(findings.get(2).remediations().get(0).edits()).extracting(TextEdit::newText)
        .containsExactly("timestamptz[]");
  }

  @Test
  void addedColumn() {
    tester
        .migration("V1__t.sql", "CREATE TABLE t (id bigint);")
        .migration("V2__t.sql", """
            -- expect: prefer-timestamptz
            ALTER TABLE t ADD COLUMN at timestamp without time zone;
            """)
        .check();
  }

  @Test
  void timestamptzDateAndTimeAreFine() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE t (a timestamptz, b timestamp with time zone, c date, d time, e timestamp(6) with time zone);
            """)
        .check();
  }

  @Test
  void columnRetypedLaterIsNotReported() {
    tester
        .migration("V1__t.sql", "CREATE TABLE t (a timestamp);")
        .migration("V2__t.sql", "ALTER TABLE t ALTER COLUMN a TYPE timestamptz;")
        .check();
  }

  @Test
  void otherDialectsSayNothing() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", "CREATE TABLE t (a timestamp);")
        .check();
  }
}
