package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.Maintenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceOperationsTest {

  @Test
  void vacuumFullWithTables() {
    String sql = "VACUUM FULL VERBOSE orders (id, total), app.lines";

    assertThat(postgres(sql)).isEqualTo(new Maintenance("VACUUM FULL",
        List.of(path("public", "orders"), path("app", "lines")), line(sql)));
  }

  @Test
  void vacuumFullAsAnOption() {
    assertThat(((Maintenance) postgres("VACUUM (FULL, ANALYZE) orders")).command()).isEqualTo("VACUUM FULL");
    assertThat(((Maintenance) postgres("VACUUM (ANALYZE, FULL true) orders")).command()).isEqualTo("VACUUM FULL");
    assertThat(((Maintenance) postgres("VACUUM (FULL false) orders")).command()).isEqualTo("VACUUM");
    assertThat(((Maintenance) postgres("VACUUM (FULL OFF, VERBOSE)")).command()).isEqualTo("VACUUM");
  }

  @Test
  void plainVacuumOfTheWholeDatabase() {
    assertThat(postgres("VACUUM ANALYZE")).isEqualTo(new Maintenance("VACUUM", List.of(), line("VACUUM ANALYZE")));
    assertThat(only(Dialect.SQLITE, "VACUUM")).isEqualTo(new Maintenance("VACUUM", List.of(), line("VACUUM")));
  }

  @Test
  void cluster() {
    assertThat(postgres("CLUSTER VERBOSE orders USING orders_pkey")).isEqualTo(new Maintenance("CLUSTER",
        List.of(path("public", "orders")), line("CLUSTER VERBOSE orders USING orders_pkey")));
    assertThat(((Maintenance) postgres("CLUSTER orders_pkey ON app.orders")).tables())
        .containsExactly(path("app", "orders"));
    assertThat(((Maintenance) postgres("CLUSTER")).tables()).isEmpty();
  }

  @Test
  void mysqlOptimize() {
    String sql = "OPTIMIZE NO_WRITE_TO_BINLOG TABLE orders, shop.lines";

    assertThat(mysql(sql)).isEqualTo(new Maintenance("OPTIMIZE", List.of(path("", "orders"), path("shop", "lines")),
        line(sql)));
  }

  @Test
  void otherDialectsAndOddStatementsHaveNoOperation() {
    assertThat(ReadOperations.of(Dialect.MYSQL, "VACUUM")).isEmpty();
    assertThat(ReadOperations.of(Dialect.POSTGRESQL, "OPTIMIZE TABLE t")).isEmpty();
    for (String sql : List.of("VACUUM (FULL", "VACUUM t u", "VACUUM t,", "CLUSTER t USING", "CLUSTER a b",
        "CLUSTER i ON")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
    assertThat(ReadOperations.of(Dialect.MYSQL, "OPTIMIZE TABLE t EXTENDED")).isEmpty();
  }
}
