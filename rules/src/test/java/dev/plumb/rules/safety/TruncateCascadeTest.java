package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruncateCascadeTest {

  private final RuleTester tester = RuleTester.of(new TruncateCascade());

  private static final String SHOP = """
      CREATE TABLE orders (id int PRIMARY KEY);
      CREATE TABLE order_items (id int PRIMARY KEY, order_id int REFERENCES orders (id));
      CREATE TABLE item_notes (id int, item_id int REFERENCES order_items (id));
      CREATE TABLE customers (id int PRIMARY KEY);
      """;

  @Test
  void namesEveryTableTheCascadeReaches() {
    List<Finding> findings = tester
        .migration("V1__shop.sql", SHOP)
        .migration("V2__empty.sql", """
            -- expect: truncate-cascade (error)
            TRUNCATE orders CASCADE;
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("TRUNCATE ... CASCADE of orders also empties order_items, "
        + "item_notes, which reference it (directly or through other tables): their rows are gone for good too");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("TRUNCATE orders, order_items, item_notes;");
  }

  @Test
  void noFindingWhereNothingElseIsReached() {
    tester
        .migration("V1__shop.sql", SHOP)
        .migration("V2__empty.sql", """
            TRUNCATE customers CASCADE;
            TRUNCATE orders, order_items, item_notes CASCADE;
            TRUNCATE order_items;
            """)
        .check();
  }

  @Test
  void tablesCreatedInTheSameMigrationAreNotReported() {
    tester
        .migration("V1__shop.sql", SHOP + "TRUNCATE orders CASCADE;")
        .check();
  }

  @Test
  void aTableTheReplayDoesNotKnow() {
    List<Finding> findings = tester
        .migration("V4__empty.sql", """
            -- expect: truncate-cascade
            TRUNCATE TABLE public.sessions CASCADE;
            """)
        .check();

    assertThat(findings.get(0).message()).contains("cannot be told");
  }

  @Test
  void onlyPostgres() {
    tester.dialect(Dialect.H2)
        .migration("V1__shop.sql", "CREATE TABLE orders (id int PRIMARY KEY);")
        .migration("V2__empty.sql", "TRUNCATE TABLE orders;")
        .check();
  }
}
