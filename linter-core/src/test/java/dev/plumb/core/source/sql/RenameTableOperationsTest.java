package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.AlterTable;
import dev.plumb.core.model.operation.TableChange.RenameTable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenameTableOperationsTest {

  @Test
  void onePairIsOneAlterTableSpanningTheStatement() {
    String sql = "RENAME TABLE orders TO old_orders";

    assertThat(mysql(sql)).isEqualTo(new AlterTable(path("", "orders"), false,
        List.of(new RenameTable(path("", "old_orders"), line(sql))), Optional.empty(), Optional.empty(), line(sql)));
  }

  @Test
  void eachPairItsOwnAlterTableAndSpan() {
    String sql = "RENAME TABLE shop.orders TO archive.orders, `New` TO orders";

    assertThat(ReadOperations.of(Dialect.MARIADB, sql)).containsExactly(
        new AlterTable(path("shop", "orders"), false, List.of(new RenameTable(path("archive", "orders"),
            span(1, 42))), Optional.empty(), Optional.empty(), span(1, 42)),
        new AlterTable(path("", "New"), false, List.of(new RenameTable(path("", "orders"), span(45, 59))),
            Optional.empty(), Optional.empty(), span(45, 59)));
  }

  @Test
  void otherRenamesAndDialectsHaveNoOperation() {
    for (String sql : List.of("RENAME USER a TO b", "RENAME TABLE a", "RENAME TABLE a TO", "RENAME TABLE a TO b,",
        "RENAME TABLE a TO b c")) {
      assertThat(ReadOperations.of(Dialect.MYSQL, sql)).as(sql).isEmpty();
    }
    assertThat(ReadOperations.of(Dialect.POSTGRESQL, "RENAME TABLE a TO b")).isEmpty();
  }
}
