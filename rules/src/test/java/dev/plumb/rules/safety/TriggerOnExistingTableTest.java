package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerOnExistingTableTest {

  private static final String ORDERS = """
      CREATE TABLE orders (id bigint PRIMARY KEY, updated_at timestamptz);
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
      """;

  private final RuleTester tester = RuleTester.of(new TriggerOnExistingTable());

  @Test
  void triggerOnAnExistingTable() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__trigger.sql", """
            -- expect: trigger-on-existing-table (note)
            CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Trigger orders_touch on existing table public.orders needs a "
        + "SHARE ROW EXCLUSIVE lock, which blocks INSERT, UPDATE and DELETE; reads go on (writes also queue while "
        + "it waits for the lock), and from then on its function runs for every row written to public.orders");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        SET lock_timeout = '2s';
        -- the CREATE TRIGGER orders_touch ... ON orders as written, retried if it times out
        """);
  }

  @Test
  void aLockTimeoutAlreadySetLeavesOnlyTheAdvice() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__trigger.sql", """
            SET lock_timeout = '1s';
            -- expect: trigger-on-existing-table
            CREATE OR REPLACE TRIGGER orders_touch BEFORE UPDATE ON public.orders
              FOR EACH ROW EXECUTE FUNCTION touch();
            """)
        .check();

    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow()).doesNotContain("lock_timeout");
  }

  @Test
  void triggersOnNewTablesAndOtherDialectsAreFine() {
    tester
        .migration("V1__orders.sql", ORDERS + """
            CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
            """)
        .check();
    RuleTester.of(new TriggerOnExistingTable()).dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", "CREATE TABLE orders (id int, n int);")
        .migration("V2__trigger.sql", "CREATE TRIGGER t BEFORE UPDATE ON orders FOR EACH ROW SET NEW.n = 1;")
        .check();
  }
}
