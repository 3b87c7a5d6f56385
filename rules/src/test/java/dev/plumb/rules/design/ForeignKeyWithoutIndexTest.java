package dev.plumb.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyWithoutIndexTest {

  private final RuleTester tester = RuleTester.of(new ForeignKeyWithoutIndex());

  @Test
  void unindexedForeignKeys() {
    List<Finding> findings = tester
        .migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE orders (
              id bigint PRIMARY KEY,
              -- expect: foreign-key-without-index (note)
              user_id bigint REFERENCES users (id),
              tenant_id bigint,
              account_id bigint,
              -- expect: foreign-key-without-index
              CONSTRAINT orders_account_fk FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id)
            );
            CREATE INDEX orders_account_idx ON orders (account_id);
            """)
        .migration("V2__more.sql", """
            ALTER TABLE orders ADD COLUMN coupon_id bigint;
            -- expect: foreign-key-without-index
            ALTER TABLE orders ADD CONSTRAINT orders_coupon_fk FOREIGN KEY (coupon_id) REFERENCES coupons (id);
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Foreign key public.orders (user_id) -> public.users has no "
        + "index on its columns, so each delete or key update in public.users scans public.orders");
    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);");
    assertThat(findings.get(1).remediations().get(0).sql())
        .contains("CREATE INDEX CONCURRENTLY orders_tenant_id_account_id_idx ON orders (tenant_id, account_id);");
  }

  @Test
  void indexesPrimaryKeysAndUniqueConstraintsCount() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), placed date);
            CREATE INDEX orders_user_idx ON orders (user_id, placed);
            CREATE TABLE memberships (user_id bigint REFERENCES users (id), group_id bigint,
              PRIMARY KEY (user_id, group_id));
            CREATE TABLE profiles (user_id bigint UNIQUE REFERENCES users (id));
            CREATE TABLE pairs (a bigint, b bigint, FOREIGN KEY (b, a) REFERENCES pair_keys (x, y));
            CREATE INDEX pairs_ab ON pairs (a, b);
            """)
        .check();
  }

  @Test
  void partialIndexesAndTrailingColumnsDoNotCount() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE orders (
              id bigint PRIMARY KEY,
              -- expect: foreign-key-without-index
              user_id bigint REFERENCES users (id),
              -- expect: foreign-key-without-index
              seller_id bigint REFERENCES users (id),
              placed date
            );
            CREATE INDEX orders_open_user ON orders (user_id) WHERE placed IS NULL;
            CREATE INDEX orders_placed_seller ON orders (placed, seller_id);
            """)
        .check();
  }

  @Test
  void indexAddedInALaterMigrationCounts() {
    tester
        .migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
            """)
        .migration("V2__index.sql", "CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);")
        .check();
  }

  @Test
  void sqliteIsCheckedToo() {
    List<Finding> findings = tester.dialect(Dialect.SQLITE)
        .migration("V1__t.sql", """
            CREATE TABLE users (id integer PRIMARY KEY);
            -- expect: foreign-key-without-index
            CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id));
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("CREATE INDEX orders_user_id_idx ON orders (user_id);");
  }

  @Test
  void mysqlIndexesForeignKeysItself() {
    tester.dialect(Dialect.MYSQL)
        .migration("V1__t.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, FOREIGN KEY (user_id) REFERENCES users (id));
            """)
        .check();
  }
}
