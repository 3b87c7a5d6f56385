package dev.plumb.rules.expected;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingForeignKeyTest {

  private final RuleTester tester = RuleTester.of(new MissingForeignKey());

  @Test
  void missingKeyAndWrongAction() {
    List<Finding> findings = tester
        .expected("""
            tables:
              - name: orders
                foreignKeys:
                  # expect: missing-foreign-key
                  - { columns: [customer_id], references: { table: customers, columns: [id] } }
                  # expect: missing-foreign-key
                  - { columns: [shop_id], references: { table: shops, columns: [id] }, onDelete: cascade }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE customers (id int PRIMARY KEY);
            CREATE TABLE shops (id int PRIMARY KEY);
            CREATE TABLE orders (
              id int PRIMARY KEY,
              customer_id int,
              shop_id int REFERENCES shops (id) ON DELETE SET NULL
            );
            """)
        .check();
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Table public.orders has no foreign key (customer_id) -> public.customers(id)",
        "Foreign key (shop_id) -> public.shops(id) of public.orders differs: ON DELETE is SET NULL, expected CASCADE");
    assertThat(findings.get(0).remediations().get(0).sql()).hasValue("""
        ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) \
        NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;""");
  }

  @Test
  void matchingKeysInAnyFormSatisfy() {
    tester
        .expected("""
            tables:
              - name: orders
                foreignKeys:
                  - { columns: [customer_id], references: { table: customers, columns: [id] }, onDelete: cascade }
                  - { columns: [shop_id], references: { table: shops } }
                  - { columns: [region_id], references: { table: regions, columns: [id] }, onDelete: restrict }
            """)
        .migration("V1__t.sql", """
            CREATE TABLE customers (id int PRIMARY KEY);
            CREATE TABLE shops (id int PRIMARY KEY);
            CREATE TABLE regions (id int PRIMARY KEY);
            CREATE TABLE orders (id int, customer_id int, shop_id int, region_id int REFERENCES regions);
            ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
              ON DELETE CASCADE NOT VALID;
            ALTER TABLE orders ADD FOREIGN KEY (shop_id) REFERENCES shops (id);
            """)
        .check();
  }
}
