package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.Drop;
import dev.plumb.core.model.operation.Operation.DropIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropOperationsTest {

  @Test
  void tables() {
    String sql = "DROP TABLE IF EXISTS orders, app.\"Lines\" CASCADE";

    assertThat(postgres(sql)).isEqualTo(new Drop("TABLE", List.of(path("public", "orders"), path("app", "Lines")),
        true, true, line(sql)));
  }

  @Test
  void multiWordObjectsAsWritten() {
    assertThat(postgres("drop materialized view if exists totals")).isEqualTo(new Drop("MATERIALIZED VIEW",
        List.of(path("public", "totals")), true, false, line("drop materialized view if exists totals")));
    assertThat(((Drop) postgres("DROP FOREIGN TABLE remote_orders")).objectType()).isEqualTo("FOREIGN TABLE");
    assertThat(((Drop) postgres("DROP TEXT SEARCH CONFIGURATION app.english")).objectType())
        .isEqualTo("TEXT SEARCH CONFIGURATION");
    assertThat(((Drop) postgres("DROP FOREIGN DATA WRAPPER fdw")).objectType()).isEqualTo("FOREIGN DATA WRAPPER");
    assertThat(((Drop) postgres("DROP EVENT TRIGGER audit")).names()).containsExactly(path("audit"));
  }

  @Test
  void schemasAndDatabasesByTheirOwnName() {
    String sql = "DROP SCHEMA Staging CASCADE";

    assertThat(postgres(sql)).isEqualTo(new Drop("SCHEMA", List.of(path("staging")), false, true, line(sql)));
    assertThat(mysql("DROP DATABASE IF EXISTS `Shop`")).isEqualTo(new Drop("DATABASE", List.of(path("Shop")), true,
        false, line("DROP DATABASE IF EXISTS `Shop`")));
    assertThat(((Drop) postgres("DROP EXTENSION IF EXISTS pg_trgm, hstore")).names())
        .containsExactly(path("pg_trgm"), path("hstore"));
  }

  @Test
  void routinesWithArgumentLists() {
    Drop drop = (Drop) postgres("DROP FUNCTION IF EXISTS app.total(int, text), touch() RESTRICT");

    assertThat(drop.objectType()).isEqualTo("FUNCTION");
    assertThat(drop.names()).containsExactly(path("app", "total"), path("public", "touch"));
    assertThat(drop.cascade()).isFalse();
  }

  @Test
  void postgresTriggerIsUnderItsTableAndOthersInTheirSchema() {
    assertThat(((Drop) postgres("DROP TRIGGER IF EXISTS touch ON app.orders")).names())
        .containsExactly(path("app", "orders", "touch"));
    assertThat(((Drop) mysql("DROP TRIGGER shop.touch")).names()).containsExactly(path("shop", "touch"));
    assertThat(((Drop) postgres("DROP POLICY tenant ON orders")).names())
        .containsExactly(path("public", "orders", "tenant"));
  }

  @Test
  void mysqlTemporaryTables() {
    String sql = "DROP TEMPORARY TABLE IF EXISTS a, b";

    assertThat(mysql(sql)).isEqualTo(new Drop("TABLE", List.of(path("", "a"), path("", "b")), true, false,
        line(sql)));
  }

  @Test
  void sqliteAndH2() {
    assertThat(only(Dialect.SQLITE, "DROP VIEW IF EXISTS main.v")).isEqualTo(new Drop("VIEW",
        List.of(path("main", "v")), true, false, line("DROP VIEW IF EXISTS main.v")));
    assertThat(only(Dialect.H2, "DROP TABLE orders CASCADE")).isEqualTo(new Drop("TABLE",
        List.of(path("PUBLIC", "ORDERS")), false, true, line("DROP TABLE orders CASCADE")));
  }

  @Test
  void statementOverSeveralLines() {
    String sql = """
        SELECT 1;
        DROP TABLE
          orders;
        """;

    assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).containsExactly(new Drop("TABLE",
        List.of(path("public", "orders")), false, false, span(2, 1, 3, 8)));
  }

  @Test
  void dropsWithoutPlainNamesHaveNoOperation() {
    for (String sql : List.of("DROP CAST (int AS text)", "DROP OWNED BY app", "DROP TABLE",
        "DROP TABLE IF EXISTS", "DROP TABLE a,", "DROP OPERATOR + (int, int)", "DROP USER MAPPING FOR app SERVER s",
        "DROP TEXT SEARCH")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
    assertThat(ReadOperations.of(Dialect.MYSQL, "DROP USER 'app'@'%'")).isEmpty();
  }

  @Test
  void anIndexIsNoDrop() {
    assertThat(postgres("DROP INDEX i")).isInstanceOf(DropIndex.class);
  }
}
