package dev.plumb.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateColumnAssignmentTest {

  private final RuleTester tester = RuleTester.of(new DuplicateColumnAssignment());

  @Test
  void aColumnSetTwiceOrListedTwice() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id int, status text, note text);")
        .migration("V2__fix.sql", """
            -- expect: duplicate-column-assignment (error)
            UPDATE orders SET status = 'paid', note = '', status = 'shipped' WHERE id = 1;
            -- expect: duplicate-column-assignment
            INSERT INTO orders (id, status, id) VALUES (1, 'new', 2);
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column status is set twice in this UPDATE of orders: PostgreSQL rejects it (multiple assignments to same "
            + "column), so the migration fails",
        "Column id is listed twice in this INSERT into orders: PostgreSQL rejects it (column specified more than "
            + "once), so the migration fails");
    assertThat(findings.get(0).remediations().get(0).description())
        .isEqualTo("Keep one assignment for status; if both were meant, one of them names the wrong column.");
  }

  @Test
  void aColumnRepeatedThreeTimesIsOneFinding() {
    tester
        .migration("V1__fix.sql", """
            CREATE TABLE t (a int, b int);
            -- expect: duplicate-column-assignment
            UPDATE t SET a = 1, b = 2, a = 3, a = 4;
            """)
        .check();
  }

  @Test
  void distinctColumnsAreFine() {
    tester
        .migration("V1__fix.sql", """
            CREATE TABLE t (a int, b int, "A" int);
            UPDATE t SET a = 1, b = 2, "A" = 3;
            INSERT INTO t (a, b) VALUES (1, 2);
            INSERT INTO t VALUES (1, 2, 3);
            ALTER TABLE t ADD COLUMN tags text[];
            UPDATE t SET tags[1] = 'x', tags[2] = 'y';
            DELETE FROM t WHERE a = 1;
            """)
        .check();
  }

  @Test
  void mysqlRejectsAnInsertButRunsAnUpdate() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__fix.sql", """
            CREATE TABLE t (a int, b int);
            -- expect: duplicate-column-assignment
            INSERT INTO t SET a = 1, A = 2;
            UPDATE t JOIN u ON u.id = t.a SET t.b = 1, u.b = 2;
            """)
        .check();
  }

  @Test
  void sqliteKeepsTheLastAssignment() {
    List<Finding> findings = tester.dialect(Dialect.SQLITE)
        .migration("V1__fix.sql", """
            CREATE TABLE t (a int);
            -- expect: duplicate-column-assignment
            UPDATE t SET a = 1, a = 2;
            """)
        .check();

    assertThat(findings.get(0).message()).endsWith("SQLite keeps only the last assignment, so the first value is "
        + "silently ignored");
  }
}
