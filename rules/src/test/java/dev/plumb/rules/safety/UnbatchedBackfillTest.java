package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnbatchedBackfillTest {

  private final RuleTester tester = RuleTester.of(new UnbatchedBackfill());

  @Test
  void aWholeTableUpdateAfterDdlInTheSameTransaction() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);")
        .migration("V2__status.sql", """
            ALTER TABLE orders ADD COLUMN status text;
            -- expect: unbatched-backfill (warning)
            UPDATE orders SET status = 'new';
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("UPDATE of existing table orders has no WHERE: it changes every "
        + "row in one transaction, keeping each locked until it commits, so the application's writes to them wait, "
        + "and writes a new version of every row at once (a burst of WAL, replicas falling behind, a bloated "
        + "table); it also runs in the same transaction as the ALTER TABLE on line 1, so an ACCESS EXCLUSIVE lock, "
        + "which blocks every read and write of the table, stays held until it commits");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        -- in a migration that runs outside a transaction (the DO block commits after every batch):
        DO $$
        DECLARE
          batch_from bigint;
          batch_max bigint;
        BEGIN
          SELECT min(id) - 1, max(id) INTO batch_from, batch_max FROM orders;
          WHILE batch_from < batch_max LOOP
            UPDATE orders SET status = ... WHERE id > batch_from AND id <= batch_from + 10000;
            batch_from := batch_from + 10000;
            COMMIT;
          END LOOP;
        END $$;""");
  }

  @Test
  void aFilteredUpdateUnderTheLockOfEarlierDdl() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);")
        .migration("V2__status.sql", """
            CREATE INDEX orders_total ON orders (total);
            -- expect: unbatched-backfill
            UPDATE orders SET total = 0 WHERE total IS NULL;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("UPDATE of orders runs in the same transaction as the CREATE "
        + "INDEX on line 1, so a SHARE lock, which blocks INSERT, UPDATE and DELETE; reads go on, stays held until "
        + "the UPDATE commits");
  }

  @Test
  void outsideATransactionOnlyTheMissingWhereCounts() {
    tester.assumeInTransaction(false)
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);")
        .migration("V2__status.sql", """
            ALTER TABLE orders ADD COLUMN status text;
            UPDATE orders SET status = 'new' WHERE total > 100;
            -- expect: unbatched-backfill
            DELETE FROM orders;
            """)
        .check();
  }

  @Test
  void anExplicitCommitEndsTheLock() {
    tester.assumeInTransaction(false)
        .migration("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);")
        .migration("V2__status.sql", """
            BEGIN;
            ALTER TABLE orders ADD COLUMN status text;
            COMMIT;
            UPDATE orders SET status = 'new' WHERE id < 1000;
            """)
        .check();
  }

  @Test
  void newTablesAndOtherTablesAreFine() {
    tester
        .migration("V1__orders.sql", "CREATE TABLE orders (id int, total numeric); CREATE TABLE users (id int);")
        .migration("V2__seed.sql", """
            CREATE TABLE regions (id int, name text);
            INSERT INTO regions VALUES (1, 'north');
            UPDATE regions SET name = upper(name);
            ALTER TABLE users ADD COLUMN nick text;
            UPDATE orders SET total = 0 WHERE total IS NULL;
            INSERT INTO orders (id, total) VALUES (1, 2);
            """)
        .check();
  }

  @Test
  void aTableWithoutAnIntegerKeyIsBatchedByLimit() {
    List<Finding> findings = tester.postgresVersion(10)
        .migration("V1__t.sql", "CREATE TABLE tokens (code text PRIMARY KEY, used boolean);")
        .migration("V2__reset.sql", """
            -- expect: unbatched-backfill
            UPDATE tokens SET used = false;
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        -- repeat from a job, one transaction per batch, until it updates no rows:
        UPDATE tokens SET used = ... WHERE code IN (SELECT code FROM tokens WHERE <rows not yet updated> ORDER BY \
        code LIMIT 10000);""");
  }

  @Test
  void mysqlHasNoTransactionalDdlButTheMissingWhereCounts() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int PRIMARY KEY, total decimal(10,2));")
        .migration("V2__status.sql", """
            ALTER TABLE orders ADD COLUMN status varchar(20);
            UPDATE orders SET status = 'new' WHERE total > 0;
            -- expect: unbatched-backfill
            UPDATE orders SET status = 'new';
            """)
        .check();

    assertThat(findings.get(0).message()).contains("the undo log and binary log grow with the table");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValueSatisfying(sql -> assertThat(sql)
        .endsWith("UPDATE orders SET status = ... WHERE id > @batch_from AND id <= @batch_from + 10000;"));
  }

  @Test
  void sqliteIsNotReported() {
    tester.dialect(Dialect.SQLITE)
        .migration("V1__t.sql", "CREATE TABLE t (id integer, a int);")
        .migration("V2__fill.sql", "UPDATE t SET a = 1;")
        .check();
  }
}
