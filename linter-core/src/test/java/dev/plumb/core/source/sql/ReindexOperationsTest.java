package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.Reindex;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReindexOperationsTest {

  @Test
  void indexWithoutConcurrently() {
    String sql = "REINDEX INDEX app.orders_customer";

    assertThat(postgres(sql)).isEqualTo(new Reindex("INDEX", path("app", "orders_customer"), false, span(9, 13),
        line(sql)));
  }

  @Test
  void tableConcurrentlyAfterOptions() {
    String sql = "REINDEX (VERBOSE) TABLE CONCURRENTLY orders";

    assertThat(postgres(sql)).isEqualTo(new Reindex("TABLE", path("public", "orders"), true, span(19, 23),
        line(sql)));
  }

  @Test
  void concurrentlyAsAnOption() {
    assertThat(((Reindex) postgres("REINDEX (CONCURRENTLY, VERBOSE) TABLE t")).concurrently()).isTrue();
    assertThat(((Reindex) postgres("REINDEX (CONCURRENTLY true) TABLE t")).concurrently()).isTrue();
    assertThat(((Reindex) postgres("REINDEX (CONCURRENTLY false) TABLE t")).concurrently()).isFalse();
    assertThat(((Reindex) postgres("REINDEX (VERBOSE, CONCURRENTLY OFF) TABLE t")).concurrently()).isFalse();
  }

  @Test
  void schemasAndDatabasesGoByTheirOwnName() {
    assertThat(postgres("REINDEX SCHEMA App")).isEqualTo(new Reindex("SCHEMA", path("app"), false, span(9, 14),
        line("REINDEX SCHEMA App")));
    assertThat(((Reindex) postgres("REINDEX DATABASE CONCURRENTLY shop")).name()).isEqualTo(path("shop"));
    assertThat(((Reindex) postgres("reindex system")).name()).isEqualTo(path(""));
  }

  @Test
  void otherDialectsAndIncompleteStatementsHaveNoOperation() {
    assertThat(ReadOperations.of(Dialect.SQLITE, "REINDEX t")).isEmpty();
    for (String sql : List.of("REINDEX", "REINDEX TABLE", "REINDEX SCHEMA", "REINDEX t", "REINDEX TABLE a b",
        "REINDEX (VERBOSE TABLE t")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
  }
}
