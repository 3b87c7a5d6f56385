package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MysqlEnumChangeCopiesTableTest {

  private final RuleTester tester = RuleTester.of(new MysqlEnumChangeCopiesTable()).dialect(Dialect.MYSQL);

  @Test
  void valuesInsertedReorderedOrRemoved() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE orders (
              id bigint PRIMARY KEY,
              status ENUM('New', 'Shipped') NOT NULL DEFAULT 'New',
              flags SET('a', 'b', 'c')
            );
            """)
        .migration("V2__status.sql", """
            -- expect: mysql-enum-change-copies-table (warning)
            ALTER TABLE orders MODIFY status ENUM('New', 'Paid', 'Shipped') NOT NULL DEFAULT 'New';
            """)
        .migration("V3__more.sql", """
            -- expect: mysql-enum-change-copies-table
            ALTER TABLE orders MODIFY COLUMN status ENUM('Paid', 'New', 'Shipped') NOT NULL;
            -- expect: mysql-enum-change-copies-table
            ALTER TABLE orders CHANGE flags flag_set SET('a', 'c');
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Changing ENUM column orders.status inserts 'Paid' before existing values, so MySQL copies the table: "
            + "writes to orders wait until every row is copied",
        "Changing ENUM column orders.status reorders its values, so MySQL copies the table: writes to orders "
            + "wait until every row is copied",
        "Changing SET column orders.flags removes 'b', so MySQL copies the table: writes to orders wait until "
            + "every row is copied");
    Remediation append = findings.get(0).remediations().get(0);
    assertThat(append.sql()).contains("ENUM('New','Shipped','Paid')");
    Remediation fix = findings.get(0).remediations().get(1);
    assertThat(fix.edits()).containsExactly(
        new TextEdit("V2__status.sql", 2, 34, 2, 64, "ENUM('New','Shipped','Paid')"));
    assertThat(findings.get(2).remediations()).extracting(Remediation::sql).containsExactly(Optional.of(
        "gh-ost --database=<database> --table=orders --alter=\"CHANGE flags flag_set SET('a', 'c') NULL\" "
            + "--execute"));
  }

  @Test
  void valuesAppendedAtTheEndAreDoneInPlace() {
    tester
        .migration("V1__t.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status enum('new', 'shipped'));")
        .migration("V2__status.sql", """
            ALTER TABLE orders MODIFY status enum('new', 'shipped', 'paid');
            ALTER TABLE orders MODIFY status enum('new', 'shipped', 'paid') NOT NULL;
            ALTER TABLE orders MODIFY status varchar(20);
            """)
        .check();
  }

  @Test
  void crossingTheStorageSize() {
    String many = IntStream.range(0, 255).mapToObj(i -> "'v" + i + "'").collect(Collectors.joining(","));
    tester
        .migration("V1__t.sql", "CREATE TABLE t (id bigint PRIMARY KEY, e enum(" + many + "), s set('a'));")
        .migration("V2__grow.sql", """
            -- expect: mysql-enum-change-copies-table
            ALTER TABLE t MODIFY e enum(%s,'more');
            ALTER TABLE t MODIFY s set('a','b','c','d','e','f','g','h');
            -- expect: mysql-enum-change-copies-table
            ALTER TABLE t MODIFY s set('a','b','c','d','e','f','g','h','i');
            """.formatted(many))
        .check();
  }

  @Test
  void newTablesAndRefusedCopiesAreNotReported() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE orders (id bigint PRIMARY KEY, status enum('new', 'shipped'));
            ALTER TABLE orders MODIFY status enum('paid', 'new', 'shipped');
            """)
        .migration("V2__t.sql", """
            ALTER TABLE orders MODIFY status enum('x', 'paid', 'new', 'shipped'), ALGORITHM=INSTANT;
            """)
        .check();
  }

  @Test
  void renamedColumnKeepsItsHistory() {
    tester
        .migration("V1__t.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status enum('new', 'shipped'));")
        .migration("V2__rename.sql", "ALTER TABLE orders RENAME COLUMN status TO state;")
        .migration("V3__state.sql", """
            -- expect: mysql-enum-change-copies-table
            ALTER TABLE orders MODIFY state enum('shipped', 'new');
            """)
        .check();
  }

  @Test
  void postgresSaysNothing() {
    RuleTester.of(new MysqlEnumChangeCopiesTable())
        .migration("V1__t.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);")
        .check();
  }
}
