package dev.plumb.rules.expected;

import dev.plumb.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnexpectedColumnTest {

  private final RuleTester tester = RuleTester.of(new UnexpectedColumn());

  @Test
  void extraColumnsAreReportedAtTheirMigrationPerPolicy() {
    tester
        .expected("""
            tables:
              - name: warned
                extraColumns: warn
                columns: [{ name: id }]
              - name: strict
                extraColumns: error
                columns: [{ name: id }]
              - name: relaxed
                columns: [{ name: id }]
            """)
        .migration("V1__t.sql", """
            CREATE TABLE warned (id int);
            -- expect: unexpected-column (warning)
            ALTER TABLE warned ADD COLUMN legacy_flag boolean;
            CREATE TABLE strict (id int);
            -- expect: unexpected-column (error)
            ALTER TABLE strict ADD COLUMN temp text;
            CREATE TABLE relaxed (id int, anything text);
            """)
        .check();
  }

  @Test
  void listedAndDroppedColumnsAreFine() {
    tester
        .expected("""
            tables:
              - name: t
                extraColumns: error
                columns: [{ name: id }, { name: name }]
            """)
        .migration("V1__t.sql", """
            CREATE TABLE t (id int, name text, old text);
            ALTER TABLE t DROP COLUMN old;
            """)
        .check();
  }
}
