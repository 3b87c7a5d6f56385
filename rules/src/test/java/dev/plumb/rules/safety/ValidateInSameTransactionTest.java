package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateInSameTransactionTest {

  private static final String TABLES = """
      CREATE TABLE users (id bigint PRIMARY KEY);
      CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric);
      """;

  private final RuleTester tester = RuleTester.of(new ValidateInSameTransaction());

  @Test
  void validateInTheFileThatAddedTheConstraint() {
    List<Finding> findings = tester
        .migration("V1__tables.sql", TABLES)
        .migration("V2__fk.sql", """
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            -- expect: validate-in-same-transaction (warning)
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            """)
        .check();

    Finding finding = findings.get(0);
    assertThat(finding.message()).isEqualTo("VALIDATE CONSTRAINT orders_user_fk runs in the same transaction as "
        + "the ADD CONSTRAINT ... NOT VALID at V2__fk.sql:1:20, so the SHARE ROW EXCLUSIVE lock it took on "
        + "public.orders and public.users stays held while every row is checked (it blocks INSERT, UPDATE and "
        + "DELETE; reads go on): NOT VALID gains nothing");
    assertThat(finding.related()).hasSize(1);
    assertThat(finding.remediations().get(0).sql()).contains("""
        -- in the next migration:
        ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
        """);
  }

  @Test
  void unnamedChecksAndExplicitTransactions() {
    tester.assumeInTransaction(false)
        .migration("V1__tables.sql", TABLES)
        .migration("V2__check.sql", """
            BEGIN;
            ALTER TABLE orders ADD CHECK (total >= 0) NOT VALID;
            -- expect: validate-in-same-transaction
            ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;
            COMMIT;
            """)
        .check();
  }

  @Test
  void oneStatementIsOneTransactionEvenWithoutTheTool() {
    tester.assumeInTransaction(false)
        .migration("V1__tables.sql", TABLES)
        .migration("V2__check.sql", """
            ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID,
              -- expect: validate-in-same-transaction
              VALIDATE CONSTRAINT orders_total_check;
            """)
        .check();
  }

  @Test
  void aCommitBetweenOrNoTransactionIsFine() {
    tester.assumeInTransaction(false)
        .migration("V1__tables.sql", TABLES)
        .migration("V2__fk.sql", """
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            BEGIN;
            ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
            COMMIT;
            BEGIN;
            ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;
            COMMIT;
            """)
        .check();
  }

  @Test
  void validateInALaterMigration() {
    tester
        .migration("V1__tables.sql", TABLES)
        .migration("V2__fk.sql", """
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            """)
        .migration("V3__validate.sql", "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;")
        .check();
  }

  @Test
  void tablesCreatedInTheSameMigrationAndOtherDialects() {
    tester
        .migration("V1__tables.sql", TABLES + """
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            """)
        .check();
    RuleTester.of(new ValidateInSameTransaction()).dialect(Dialect.SQLITE)
        .migration("V1__tables.sql", "CREATE TABLE orders (id integer);")
        .check();
  }
}
