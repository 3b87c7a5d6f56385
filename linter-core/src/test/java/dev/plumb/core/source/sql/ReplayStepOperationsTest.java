package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay stores each statement's operations on its step, whether or not the parser understood it. */
class ReplayStepOperationsTest {

  @Test
  void eachStepCarriesItsStatementsOperations() {
    String sql = """
        CREATE TABLE orders (id int PRIMARY KEY, total int);
        SET lock_timeout = '2s';
        BEGIN;
        CREATE INDEX CONCURRENTLY orders_total ON orders (total);
        UPDATE orders SET total = 0;
        COMMIT;
        """;

    List<ReplayStep> steps = new SqlReplayer(Dialect.POSTGRESQL)
        .replay(List.of(new SqlSourceFile("V1__orders.sql", sql))).trace().steps();

    assertThat(steps).hasSize(6);
    assertThat(steps.get(1).operations()).containsExactly(new Operation.SetSetting("lock_timeout", "2s",
        Operation.SettingScope.SESSION, new SourceSpan("V1__orders.sql", 2, 1, 2, 23)));
    assertThat(steps.get(2).operations()).containsExactly(new Operation.Transaction(
        Operation.TransactionControl.BEGIN, new SourceSpan("V1__orders.sql", 3, 1, 3, 5)));
    assertThat(steps.get(3).operations()).singleElement().isInstanceOfSatisfying(Operation.CreateIndex.class,
        index -> {
          assertThat(index.concurrently()).isTrue();
          assertThat(index.indexKeyword()).isEqualTo(new SourceSpan("V1__orders.sql", 4, 8, 4, 12));
        });
    assertThat(steps.get(4).operations()).containsExactly(new Operation.DataChange("UPDATE",
        ObjectPath.of("public", "orders"), false, List.of("total"), new SourceSpan("V1__orders.sql", 5, 1, 5, 27)));
    assertThat(steps.get(5).operations()).extracting(Operation::getClass).containsExactly(Operation.Transaction.class);
  }
}
