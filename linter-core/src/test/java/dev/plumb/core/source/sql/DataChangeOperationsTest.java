package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.DataChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataChangeOperationsTest {

  @Test
  void insertWithColumns() {
    String sql = "INSERT INTO orders (id, \"Total\") VALUES (1, 2), (3, 4)";

    assertThat(postgres(sql)).isEqualTo(new DataChange("INSERT", path("public", "orders"), false,
        List.of("id", "Total"), line(sql)));
  }

  @Test
  void insertFromAQueryIsNeverFiltered() {
    DataChange insert = (DataChange) postgres("INSERT INTO app.orders AS o (id) SELECT id FROM old WHERE true");

    assertThat(insert.table()).isEqualTo(path("app", "orders"));
    assertThat(insert.assignedColumns()).containsExactly("id");
    assertThat(insert.filtered()).isFalse();
  }

  @Test
  void insertWithoutAColumnList() {
    assertThat(((DataChange) postgres("INSERT INTO t VALUES (1)")).assignedColumns()).isEmpty();
    assertThat(((DataChange) postgres("INSERT INTO t (SELECT 1)")).assignedColumns()).isEmpty();
    assertThat(((DataChange) postgres("INSERT INTO t DEFAULT VALUES")).assignedColumns()).isEmpty();
  }

  @Test
  void updateKeepsRepeatsAndRowAssignmentsInOrder() {
    String sql = """
        UPDATE ONLY orders AS o
           SET total = 0, (a, b) = (1, 2), total = total + 1
          FROM lines l
         WHERE o.id = l.order_id;
        """;

    assertThat(postgres(sql)).isEqualTo(new DataChange("UPDATE", path("public", "orders"), true,
        List.of("total", "a", "b", "total"), span(1, 1, 4, 24)));
  }

  @Test
  void postgresTargetsWithFieldsSubscriptsAndArrays() {
    DataChange update = (DataChange) postgres("UPDATE orders SET tags = ARRAY['a', 'b'], meta.field = 1, "
        + "slots[1] = 2, flag = a IS DISTINCT FROM b RETURNING *");

    assertThat(update.assignedColumns()).containsExactly("tags", "meta", "slots", "flag");
    assertThat(update.filtered()).isFalse();
  }

  @Test
  void aWhereInsideParenthesesIsNoFilter() {
    assertThat(((DataChange) postgres("UPDATE orders SET total = (SELECT max(t) FROM x WHERE y)")).filtered())
        .isFalse();
    assertThat(((DataChange) postgres("UPDATE orders SET flag = a IS DISTINCT FROM b WHERE id = 1")).filtered())
        .isTrue();
    assertThat(((DataChange) postgres("DELETE FROM orders USING (SELECT 1 WHERE true) s")).filtered()).isFalse();
    assertThat(((DataChange) postgres("DELETE FROM orders WHERE id IN (SELECT id FROM x)")).filtered()).isTrue();
  }

  @Test
  void deletes() {
    String sql = "DELETE FROM ONLY app.orders USING lines WHERE orders.id = lines.order_id";

    assertThat(postgres(sql)).isEqualTo(new DataChange("DELETE", path("app", "orders"), true, List.of(), line(sql)));
    assertThat(postgres("DELETE FROM orders")).isEqualTo(new DataChange("DELETE", path("public", "orders"), false,
        List.of(), line("DELETE FROM orders")));
  }

  @Test
  void mysqlInsertSetAndMultiTableUpdate() {
    assertThat(((DataChange) mysql("INSERT IGNORE INTO shop.orders SET a = 1, b = (2)")).assignedColumns())
        .containsExactly("a", "b");
    String sql = "UPDATE LOW_PRIORITY IGNORE orders o JOIN lines l ON l.order_id = o.id"
        + " SET o.total = l.sum, note = 'x, y' WHERE l.id > 0";

    assertThat(mysql(sql)).isEqualTo(new DataChange("UPDATE", path("", "orders"), true, List.of("total", "note"),
        line(sql)));
  }

  @Test
  void mysqlDeletes() {
    assertThat(((DataChange) mysql("DELETE QUICK FROM orders ORDER BY id LIMIT 10")).filtered()).isFalse();
    DataChange byAlias = (DataChange) mysql("DELETE l FROM orders o INNER JOIN shop.lines AS l ON l.order_id = o.id"
        + " WHERE o.id = 1");
    assertThat(byAlias.table()).isEqualTo(path("shop", "lines"));
    assertThat(byAlias.filtered()).isTrue();
    assertThat(((DataChange) mysql("DELETE FROM a1, a2 USING t1 AS a1, t2 AS a2 WHERE a1.id = a2.id")).table())
        .isEqualTo(path("", "t1"));
    assertThat(((DataChange) mysql("DELETE orders FROM orders JOIN lines ON 1 = 1")).table())
        .isEqualTo(path("", "orders"));
  }

  @Test
  void sqliteConflictClausesAndH2() {
    assertThat(((DataChange) only(Dialect.SQLITE, "INSERT OR REPLACE INTO t (a) VALUES (1)")).assignedColumns())
        .containsExactly("a");
    assertThat(only(Dialect.SQLITE, "UPDATE OR IGNORE t SET a = 1")).isEqualTo(new DataChange("UPDATE",
        path("main", "t"), false, List.of("a"), line("UPDATE OR IGNORE t SET a = 1")));
    assertThat(only(Dialect.H2, "UPDATE orders SET total = 0")).isEqualTo(new DataChange("UPDATE",
        path("PUBLIC", "ORDERS"), false, List.of("TOTAL"), line("UPDATE orders SET total = 0")));
  }

  @Test
  void incompleteStatementsAndWithQueriesHaveNoOperation() {
    for (String sql : List.of("INSERT INTO", "INSERT INTO t (a,", "UPDATE t", "UPDATE t SET", "UPDATE t SET a",
        "UPDATE t SET a = 1,", "UPDATE t SET (a, b = 1", "DELETE", "DELETE FROM",
        "WITH x AS (SELECT 1) UPDATE t SET a = 1", "WITH x AS (SELECT 1) DELETE FROM t")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
  }
}
