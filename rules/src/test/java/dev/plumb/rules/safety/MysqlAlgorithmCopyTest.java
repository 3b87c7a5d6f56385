package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlAlgorithmCopyTest {

  private final RuleTester tester = RuleTester.of(new MysqlAlgorithmCopy()).dialect(Dialect.MYSQL);

  private static final String ORDERS = """
      CREATE TABLE orders (
        id int NOT NULL,
        amount int NOT NULL,
        note varchar(50),
        code varchar(100) CHARACTER SET latin1,
        user_id int,
        PRIMARY KEY (id)
      );
      CREATE TABLE users (id int PRIMARY KEY);
      """;

  @Test
  void changesThatCopyTheTable() {
    List<Finding> findings = tester
        .migration("V1__t.sql", ORDERS)
        .migration("V2__change.sql", """
            -- expect: mysql-algorithm-copy (warning)
            ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4;
            -- expect: mysql-algorithm-copy
            ALTER TABLE orders DROP PRIMARY KEY;
            -- expect: mysql-algorithm-copy
            ALTER TABLE orders ADD COLUMN total int AS (amount * 2) STORED;
            -- expect: mysql-algorithm-copy
            ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id);
            -- expect: mysql-algorithm-copy
            ALTER TABLE orders ADD INDEX orders_note (note), ALGORITHM=COPY;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "ALTER TABLE orders converts every text column to utf8mb4, so MySQL copies the table: writes to orders "
            + "wait until every row is copied",
        "ALTER TABLE orders drops the primary key without adding another, so MySQL copies the table: writes to "
            + "orders wait until every row is copied",
        "ALTER TABLE orders adds the stored generated column total, so MySQL copies the table: writes to orders "
            + "wait until every row is copied",
        "ALTER TABLE orders adds a foreign key while foreign_key_checks is on, so MySQL copies the table: writes "
            + "to orders wait until every row is copied",
        "ALTER TABLE orders asks for ALGORITHM=COPY, so MySQL copies the table: writes to orders wait until "
            + "every row is copied");
    assertThat(findings.get(0).remediations()).extracting(Remediation::description).containsExactly(
        "Run the change with an online schema change tool, which copies the table while writes go on:");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("gh-ost --database=<database> "
        + "--table=orders --alter=\"CONVERT TO CHARACTER SET utf8mb4\" --execute");
  }

  @Test
  void changesDoneInPlace() {
    tester
        .migration("V1__t.sql", ORDERS)
        .migration("V2__change.sql", """
            ALTER TABLE orders MODIFY amount int NULL;
            ALTER TABLE orders MODIFY amount INTEGER(11) NOT NULL DEFAULT 5;
            ALTER TABLE orders MODIFY note varchar(60);
            ALTER TABLE orders MODIFY code varchar(200) CHARACTER SET latin1;
            ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, amount);
            ALTER TABLE orders ADD COLUMN total int AS (amount * 2) VIRTUAL;
            ALTER TABLE orders ADD INDEX orders_note (note), ALGORITHM=INPLACE, LOCK=NONE;
            ALTER TABLE orders MODIFY amount bigint NOT NULL, ALGORITHM=INPLACE;
            ALTER TABLE orders DEFAULT CHARACTER SET utf8mb4;
            """)
        .check();
  }

  @Test
  void createIndexWithAlgorithmCopy() {
    tester
        .migration("V1__t.sql", ORDERS)
        .migration("V2__index.sql", """
            -- expect: mysql-algorithm-copy
            CREATE INDEX orders_note ON orders (note) ALGORITHM=COPY;
            CREATE INDEX orders_code ON orders (code) ALGORITHM=INPLACE;
            """)
        .check();
  }

  @Test
  void typeAndCharsetChangesAreLeftToTheTypeChangeRule() {
    tester
        .migration("V1__t.sql", ORDERS)
        .migration("V2__change.sql", """
            ALTER TABLE orders MODIFY amount bigint NOT NULL DEFAULT 0;
            ALTER TABLE orders MODIFY note varchar(70);
            ALTER TABLE orders MODIFY code varchar(100) CHARACTER SET utf8mb4;
            """)
        .check();
  }

  @Test
  void foreignKeyWithChecksOff() {
    tester
        .migration("V1__t.sql", ORDERS)
        .migration("V2__fk.sql", """
            SET foreign_key_checks = 0;
            ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id);
            SET foreign_key_checks = 1;
            """)
        .migration("V3__fk.sql", """
            -- expect: mysql-algorithm-copy
            ALTER TABLE orders ADD CONSTRAINT orders_user2 FOREIGN KEY (user_id) REFERENCES users (id);
            """)
        .check();
  }

  @Test
  void tablesNewInTheMigrationAndOtherDialects() {
    tester
        .migration("V1__t.sql", ORDERS + "ALTER TABLE orders MODIFY amount bigint NOT NULL;")
        .check();
    RuleTester.of(new MysqlAlgorithmCopy())
        .migration("V1__t.sql", "CREATE TABLE orders (amount int);")
        .migration("V2__t.sql", "ALTER TABLE orders ALTER COLUMN amount TYPE bigint;")
        .check();
  }

  @Test
  void mariadbToo() {
    tester.dialect(Dialect.MARIADB)
        .migration("V1__t.sql", ORDERS)
        .migration("V2__t.sql", """
            -- expect: mysql-algorithm-copy
            ALTER TABLE `orders` DROP PRIMARY KEY;
            """)
        .check();
  }
}
