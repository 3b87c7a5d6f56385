package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.CreateIndex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateIndexOperationsTest {

  @Test
  void plainIndexWithItsIndexKeyword() {
    String sql = "CREATE INDEX orders_customer ON orders (customer_id)";

    assertThat(postgres(sql)).isEqualTo(new CreateIndex(path("public", "orders"), Optional.of("orders_customer"),
        false, false, false, List.of("customer_id"), false, span(8, 12), line(sql)));
  }

  @Test
  void everyPostgresOptionAcrossLines() {
    String sql = """
        -- the index
        CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Orders_Email"
          ON ONLY app.Orders USING btree (lower(email), (total + tax) DESC, "Code" COLLATE "C" text_pattern_ops NULLS FIRST)
          INCLUDE (note) WITH (fillfactor = 70)
          WHERE deleted_at IS NULL;
        """;

    assertThat(only(Dialect.POSTGRESQL, sql)).isEqualTo(new CreateIndex(path("app", "orders"),
        Optional.of("Orders_Email"), true, true, true, List.of("lower(email)", "total + tax", "Code"), true,
        span(2, 15, 2, 19), span(2, 1, 5, 26)));
  }

  @Test
  void unnamedIndexAndOptionsThatDoNotMakeItPartial() {
    CreateIndex index = (CreateIndex) postgres("CREATE INDEX ON t (a, b) WITH (deduplicate_items = off)");

    assertThat(index.name()).isEmpty();
    assertThat(index.keys()).containsExactly("a", "b");
    assertThat(index.partial()).isFalse();
    assertThat(index.concurrently()).isFalse();
  }

  @Test
  void concurrentlyWithoutAName() {
    CreateIndex index = (CreateIndex) postgres("CREATE INDEX CONCURRENTLY ON t (a)");

    assertThat(index.concurrently()).isTrue();
    assertThat(index.name()).isEmpty();
    assertThat(index.table()).isEqualTo(path("public", "t"));
  }

  @Test
  void mysqlKindsPrefixesAlgorithmAndLock() {
    String sql = "CREATE UNIQUE INDEX idx USING BTREE ON shop.t (name(10), (lower(email)) DESC) ALGORITHM = INPLACE"
        + " LOCK=none";

    assertThat(mysql(sql)).isEqualTo(new CreateIndex(path("shop", "t"), Optional.of("idx"), true, false, false,
        List.of("name", "lower(email)"), false, span(15, 19), line(sql), Optional.of("INPLACE"),
        Optional.of("NONE")));
  }

  @Test
  void mysqlFulltextIndexInTheDefaultSchema() {
    String sql = "CREATE FULLTEXT INDEX ft ON `Posts` (body)";

    assertThat(only(Dialect.MARIADB, sql)).isEqualTo(new CreateIndex(path("", "Posts"), Optional.of("ft"), false,
        false, false, List.of("body"), false, span(17, 21), line(sql)));
  }

  @Test
  void sqliteIndexNamedInASchemaIsOnTheTableOfThatSchema() {
    String sql = "CREATE UNIQUE INDEX IF NOT EXISTS aux.i ON t (lower(x), [y] COLLATE NOCASE) WHERE x IS NOT NULL";

    assertThat(only(Dialect.SQLITE, sql)).isEqualTo(new CreateIndex(path("aux", "t"), Optional.of("i"), true,
        false, true, List.of("lower(x)", "y"), true, span(15, 19), line(sql)));
  }

  @Test
  void h2FoldsNamesToUpperCase() {
    String sql = "CREATE INDEX idx ON orders (customer_id)";

    assertThat(only(Dialect.H2, sql)).isEqualTo(new CreateIndex(path("PUBLIC", "ORDERS"), Optional.of("IDX"), false,
        false, false, List.of("CUSTOMER_ID"), false, span(8, 12), line(sql)));
  }

  @Test
  void concurrentlyIsAKeywordInPostgresOnly() {
    CreateIndex index = (CreateIndex) mysql("CREATE INDEX concurrently ON t (a)");

    assertThat(index.name()).contains("concurrently");
    assertThat(index.concurrently()).isFalse();
  }

  @Test
  void incompleteStatementsHaveNoOperation() {
    for (String sql : List.of("CREATE INDEX i", "CREATE INDEX i ON t", "CREATE INDEX i ON t USING (a)",
        "CREATE INDEX i ON (a)", "CREATE INDEX i ON t (a", "CREATE UNIQUE i ON t (a)")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
  }
}
