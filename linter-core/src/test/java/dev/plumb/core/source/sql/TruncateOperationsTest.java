package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.Truncate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruncateOperationsTest {

  @Test
  void postgresListWithEveryOption() {
    String sql = "TRUNCATE TABLE ONLY orders, app.lines * RESTART IDENTITY CASCADE";

    assertThat(postgres(sql)).isEqualTo(new Truncate(List.of(path("public", "orders"), path("app", "lines")), true,
        line(sql)));
  }

  @Test
  void withoutTableKeywordOrCascade() {
    assertThat(postgres("truncate orders")).isEqualTo(new Truncate(List.of(path("public", "orders")), false,
        line("truncate orders")));
    assertThat(((Truncate) postgres("TRUNCATE orders CONTINUE IDENTITY RESTRICT")).cascade()).isFalse();
  }

  @Test
  void mysqlAndH2() {
    assertThat(mysql("TRUNCATE TABLE `Orders`")).isEqualTo(new Truncate(List.of(path("", "Orders")), false,
        line("TRUNCATE TABLE `Orders`")));
    assertThat(((Truncate) only(Dialect.H2, "TRUNCATE TABLE orders RESTART IDENTITY")).tables())
        .containsExactly(path("PUBLIC", "ORDERS"));
  }

  @Test
  void incompleteStatementsHaveNoOperation() {
    for (String sql : List.of("TRUNCATE", "TRUNCATE TABLE", "TRUNCATE a,", "TRUNCATE a RESTART")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
  }
}
