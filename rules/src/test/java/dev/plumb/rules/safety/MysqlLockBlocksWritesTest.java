package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlLockBlocksWritesTest {

  private final RuleTester tester = RuleTester.of(new MysqlLockBlocksWrites()).dialect(Dialect.MYSQL);

  @Test
  void sharedAndExclusiveLocks() {
    List<Finding> findings = tester
        .migration("V1__t.sql", "CREATE TABLE orders (id int PRIMARY KEY, note varchar(20));")
        .migration("V2__index.sql", """
            -- expect: mysql-lock-blocks-writes (warning)
            ALTER TABLE orders ADD INDEX orders_note (note), LOCK=SHARED;
            -- expect: mysql-lock-blocks-writes
            ALTER TABLE orders DROP INDEX orders_note, ALGORITHM = INPLACE, LOCK = exclusive;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "ALTER TABLE orders asks for LOCK=SHARED, which blocks every write to the table (reads go on) until the "
            + "statement is done",
        "ALTER TABLE orders asks for LOCK=EXCLUSIVE, which blocks every read and write of the table until the "
            + "statement is done");
    assertThat(findings.get(0).remediations().get(1).edits())
        .containsExactly(new TextEdit("V2__index.sql", 2, 55, 2, 61, "NONE"));
  }

  @Test
  void createIndexWithALock() {
    List<Finding> findings = tester
        .migration("V1__t.sql", "CREATE TABLE orders (id int PRIMARY KEY, note varchar(20));")
        .migration("V2__index.sql", """
            -- expect: mysql-lock-blocks-writes
            CREATE INDEX orders_note ON orders (note) ALGORITHM=INPLACE LOCK=SHARED;
            CREATE INDEX orders_note2 ON orders (note) LOCK=NONE;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("CREATE INDEX on orders asks for LOCK=SHARED, which blocks "
        + "every write to the table (reads go on) until the statement is done");
  }

  @Test
  void noneAndDefaultAreFine() {
    tester
        .migration("V1__t.sql", "CREATE TABLE orders (id int PRIMARY KEY, note varchar(20));")
        .migration("V2__index.sql", """
            ALTER TABLE orders ADD INDEX orders_note (note), ALGORITHM=INPLACE, LOCK=NONE;
            ALTER TABLE orders DROP INDEX orders_note, LOCK=DEFAULT;
            ALTER TABLE orders ADD COLUMN c int;
            """)
        .check();
  }

  @Test
  void tableNewInTheSameMigration() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE orders (id int PRIMARY KEY, note varchar(20));
            ALTER TABLE orders ADD INDEX orders_note (note), LOCK=EXCLUSIVE;
            """)
        .check();
  }

  @Test
  void mariadbTooPostgresNot() {
    tester.dialect(Dialect.MARIADB)
        .migration("V1__t.sql", "CREATE TABLE orders (id int PRIMARY KEY, note varchar(20));")
        .migration("V2__t.sql", """
            -- expect: mysql-lock-blocks-writes
            ALTER TABLE orders ADD INDEX orders_note (note), LOCK=SHARED;
            """)
        .check();
    RuleTester.of(new MysqlLockBlocksWrites())
        .migration("V1__t.sql", "CREATE TABLE orders (id int PRIMARY KEY);")
        .migration("V2__t.sql", "LOCK TABLE orders IN SHARE MODE;")
        .check();
  }
}
