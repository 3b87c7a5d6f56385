package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MysqlNotNullColumnWithoutDefaultTest {

  private final RuleTester tester = RuleTester.of(new MysqlNotNullColumnWithoutDefault()).dialect(Dialect.MYSQL);

  @Test
  void notNullColumnsAddedToExistingTables() {
    List<Finding> findings = tester
        .migration("V1__t.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);")
        .migration("V2__add.sql", """
            -- expect: mysql-not-null-column-without-default (warning)
            ALTER TABLE orders ADD COLUMN priority int NOT NULL;
            -- expect: mysql-not-null-column-without-default
            ALTER TABLE orders ADD note varchar(20) NOT NULL;
            -- expect: mysql-not-null-column-without-default
            ALTER TABLE orders ADD COLUMN state ENUM('Open', 'closed') NOT NULL;
            -- expect: mysql-not-null-column-without-default
            ALTER TABLE orders ADD COLUMN shipped_on date NOT NULL;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column priority is added NOT NULL without a DEFAULT to existing table orders: MySQL fills the existing "
            + "rows with 0, a value nobody chose",
        "Column note is added NOT NULL without a DEFAULT to existing table orders: MySQL fills the existing rows "
            + "with '', a value nobody chose",
        "Column state is added NOT NULL without a DEFAULT to existing table orders: MySQL fills the existing "
            + "rows with 'Open', a value nobody chose",
        "Column shipped_on is added NOT NULL without a DEFAULT to existing table orders: MySQL fills the "
            + "existing rows with the zero date, which the default SQL mode rejects, so the ALTER fails on a table "
            + "with rows");
    assertThat(findings.get(0).remediations()).extracting(Remediation::sql).containsExactly(
        Optional.of("ALTER TABLE orders ADD COLUMN priority int NOT NULL DEFAULT 0;"),
        Optional.of("""
            ALTER TABLE orders ADD COLUMN priority int NULL;
            UPDATE orders SET priority = 0 WHERE priority IS NULL; -- in batches
            ALTER TABLE orders MODIFY priority int NOT NULL;"""));
  }

  @Test
  void defaultsGeneratedAndNullableColumnsAreFine() {
    tester
        .migration("V1__t.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, price int, qty int);")
        .migration("V2__add.sql", """
            ALTER TABLE orders ADD COLUMN priority int NOT NULL DEFAULT 0;
            ALTER TABLE orders ADD COLUMN note varchar(20);
            ALTER TABLE orders ADD COLUMN total int AS (price * qty) STORED NOT NULL;
            ALTER TABLE orders ADD COLUMN seq bigint NOT NULL AUTO_INCREMENT UNIQUE;
            """)
        .check();
  }

  @Test
  void tableNewInTheSameMigrationIsEmpty() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE orders (id bigint PRIMARY KEY);
            ALTER TABLE orders ADD COLUMN priority int NOT NULL;
            """)
        .check();
  }

  @Test
  void tableUnknownToTheReplayCountsAsExisting() {
    List<Finding> findings = tester.dialect(Dialect.MARIADB)
        .migration("V7__add.sql", """
            -- expect: mysql-not-null-column-without-default
            ALTER TABLE `legacy`.`orders` ADD COLUMN `flag` tinyint NOT NULL;
            -- expect: mysql-not-null-column-without-default
            ALTER TABLE `legacy`.`orders` ADD COLUMN `since` datetime NOT NULL;
            """)
        .check();

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Column flag is added NOT NULL without a DEFAULT to existing table legacy.orders: MariaDB fills the "
            + "existing rows with 0, a value nobody chose",
        "Column since is added NOT NULL without a DEFAULT to existing table legacy.orders: MariaDB fills the "
            + "existing rows with the zero date, a value nobody chose");
    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("ALTER TABLE legacy.orders ADD COLUMN flag tinyint NOT NULL DEFAULT 0;");
  }

  @Test
  void postgresSaysNothing() {
    RuleTester.of(new MysqlNotNullColumnWithoutDefault())
        .migration("V1__t.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);")
        .migration("V2__add.sql", "ALTER TABLE orders ADD COLUMN priority int NOT NULL;")
        .check();
  }
}
