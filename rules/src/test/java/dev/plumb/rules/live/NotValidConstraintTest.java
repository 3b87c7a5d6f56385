package dev.plumb.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.live.LiveFacts.UnvalidatedConstraint;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotValidConstraintTest {

  private final RuleTester tester = RuleTester.of(new NotValidConstraint());

  private static LiveFacts unvalidated(UnvalidatedConstraint... constraints) {
    return new LiveFacts(List.of(), List.of(constraints), List.of(), List.of());
  }

  @Test
  void unvalidatedForeignKeysAndChecksAreReportedWhereDeclared() {
    List<Finding> findings = tester.liveSql("live.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE "Orders" (id bigint PRIMARY KEY, user_id bigint, total numeric);
            -- expect: not-valid-constraint (warning)
            ALTER TABLE "Orders" ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            -- expect: not-valid-constraint
            ALTER TABLE "Orders" ADD CONSTRAINT "Total positive" CHECK (total > 0) NOT VALID;
            ALTER TABLE "Orders" ADD CONSTRAINT orders_total_small CHECK (total < 1000000);
            """, unvalidated(
                new UnvalidatedConstraint(ObjectPath.of("public", "Orders"), "orders_user_fk", "FOREIGN KEY"),
                new UnvalidatedConstraint(ObjectPath.of("public", "Orders"), "Total positive", "CHECK")))
        .check();

    assertThat(findings.get(0).message()).isEqualTo("FOREIGN KEY constraint orders_user_fk on public.Orders was "
        + "added NOT VALID and never validated: rows written before it may violate it");
    assertThat(findings.get(0).remediations().get(0).sql())
        .contains("ALTER TABLE \"Orders\" VALIDATE CONSTRAINT orders_user_fk;");
    assertThat(findings.get(1).remediations().get(0).sql())
        .contains("ALTER TABLE \"Orders\" VALIDATE CONSTRAINT \"Total positive\";");
    assertThat(findings.get(1).location().object()).contains(ObjectPath.of("public", "Orders", "Total positive"));
  }

  @Test
  void aConstraintTheSchemaDoesNotNameIsAnchoredAtItsTable() {
    tester.liveSql("live.sql", """
            CREATE SCHEMA billing;
            -- expect: not-valid-constraint
            CREATE TABLE billing.invoices (id bigint PRIMARY KEY, amount numeric);
            """, unvalidated(new UnvalidatedConstraint(ObjectPath.of("billing", "invoices"), "invoices_amount_check",
                "CHECK")))
        .check();
  }

  @Test
  void aLiveConstraintNoFileNamesIsAnchoredAtItsTableInTheExpectedSchema() {
    tester.expected("""
            dialect: postgresql
            tables:
              - name: users
                columns: [{name: id, type: bigint}]
              # expect: not-valid-constraint
              - name: orders
                columns: [{name: id, type: bigint}, {name: user_id, type: bigint}]
            """)
        .live(dev.plumb.core.model.Schema.empty(dev.plumb.core.model.Dialect.POSTGRESQL), unvalidated(
            new UnvalidatedConstraint(ObjectPath.of("public", "orders"), "orders_user_fk", "FOREIGN KEY")))
        .check();
  }

  @Test
  void validatedConstraintsGiveNothing() {
    tester.liveSql("live.sql", """
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            """, LiveFacts.NONE)
        .check();
  }
}
