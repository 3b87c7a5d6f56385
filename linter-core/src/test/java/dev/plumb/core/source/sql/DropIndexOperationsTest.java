package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.DropIndex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DropIndexOperationsTest {

  @Test
  void postgresListQualifiedInTheDefaultSchema() {
    String sql = "DROP INDEX CONCURRENTLY IF EXISTS a, app.\"B\" CASCADE";

    assertThat(postgres(sql)).isEqualTo(new DropIndex(List.of(path("public", "a"), path("app", "B")),
        Optional.empty(), true, true, span(6, 10), line(sql), true));
  }

  @Test
  void plainPostgresDrop() {
    String sql = "DROP INDEX orders_customer";

    assertThat(postgres(sql)).isEqualTo(new DropIndex(List.of(path("public", "orders_customer")), Optional.empty(),
        false, false, span(6, 10), line(sql)));
  }

  @Test
  void mysqlIndexLivesInItsTablesSchema() {
    String sql = "DROP INDEX idx ON shop.orders ALGORITHM=INPLACE LOCK=NONE";

    assertThat(mysql(sql)).isEqualTo(new DropIndex(List.of(path("shop", "idx")),
        Optional.of(path("shop", "orders")), false, false, span(6, 10), line(sql)));
  }

  @Test
  void mariadbIfExistsInTheDefaultSchema() {
    String sql = "DROP INDEX IF EXISTS `Idx` ON orders";

    assertThat(only(Dialect.MARIADB, sql)).isEqualTo(new DropIndex(List.of(path("", "Idx")),
        Optional.of(path("", "orders")), false, true, span(6, 10), line(sql)));
  }

  @Test
  void sqliteAndH2() {
    assertThat(((DropIndex) only(Dialect.SQLITE, "DROP INDEX IF EXISTS aux.i")).indexes())
        .containsExactly(path("aux", "i"));
    assertThat(((DropIndex) only(Dialect.H2, "DROP INDEX idx")).indexes()).containsExactly(path("PUBLIC", "IDX"));
  }

  @Test
  void concurrentlyIsNoKeywordInMysqlAndATableIsRequired() {
    assertThat(ReadOperations.of(Dialect.MYSQL, "DROP INDEX idx")).isEmpty();
    assertThat(ReadOperations.of(Dialect.MYSQL, "DROP INDEX CONCURRENTLY idx ON t")).isEmpty();
    assertThat(ReadOperations.of(Dialect.POSTGRESQL, "DROP INDEX")).isEmpty();
    assertThat(ReadOperations.of(Dialect.POSTGRESQL, "DROP INDEX a,")).isEmpty();
  }
}
