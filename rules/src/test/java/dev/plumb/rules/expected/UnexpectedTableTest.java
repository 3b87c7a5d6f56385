package dev.plumb.rules.expected;

import dev.plumb.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnexpectedTableTest {

  private final RuleTester tester = RuleTester.of(new UnexpectedTable());

  @Test
  void tablesNobodyExpectsAreReportedWhereCreated() {
    tester
        .expected("""
            tables:
              - name: users
            """)
        .migration("V1__t.sql", """
            CREATE TABLE users (id int);
            -- expect: unexpected-table
            CREATE TABLE users_backup (id int);
            CREATE TABLE flyway_schema_history (installed_rank int);
            """)
        .check();
  }

  @Test
  void droppedTablesAndRunsWithoutExpectedSchemaAreQuiet() {
    tester
        .expected("""
            tables:
              - name: users
            """)
        .migration("V1__t.sql", """
            CREATE TABLE users (id int);
            CREATE TABLE tmp (id int);
            DROP TABLE tmp;
            """)
        .check();
    RuleTester.of(new UnexpectedTable()).migration("V1__t.sql", "CREATE TABLE anything (id int);").check();
  }
}
