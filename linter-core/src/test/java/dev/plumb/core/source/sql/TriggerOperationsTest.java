package dev.plumb.core.source.sql;

import static dev.plumb.core.source.sql.ReadOperations.line;
import static dev.plumb.core.source.sql.ReadOperations.mysql;
import static dev.plumb.core.source.sql.ReadOperations.only;
import static dev.plumb.core.source.sql.ReadOperations.path;
import static dev.plumb.core.source.sql.ReadOperations.postgres;
import static dev.plumb.core.source.sql.ReadOperations.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation.CreateTrigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerOperationsTest {

  @Test
  void postgresTriggerOnItsTable() {
    String sql = """
        CREATE OR REPLACE TRIGGER "Touch"
          BEFORE UPDATE OF total, status ON app.orders
          FOR EACH ROW EXECUTE FUNCTION touch();
        """;

    assertThat(postgres(sql)).isEqualTo(new CreateTrigger("Touch", path("app", "orders"), span(1, 1, 3, 39)));
  }

  @Test
  void postgresConstraintTrigger() {
    String sql = "CREATE CONSTRAINT TRIGGER check_total AFTER INSERT ON orders DEFERRABLE INITIALLY DEFERRED"
        + " FOR EACH ROW EXECUTE FUNCTION check_total()";

    assertThat(postgres(sql)).isEqualTo(new CreateTrigger("check_total", path("public", "orders"), line(sql)));
  }

  @Test
  void mysqlTriggerWithAndWithoutDefiner() {
    String sql = "CREATE TRIGGER touch BEFORE INSERT ON orders FOR EACH ROW SET NEW.updated_at = NOW()";
    String definer = "CREATE DEFINER = `root`@`localhost` TRIGGER shop.touch BEFORE UPDATE ON orders FOR EACH ROW"
        + " SET NEW.updated_at = NOW()";

    assertThat(mysql(sql)).isEqualTo(new CreateTrigger("touch", path("", "orders"), line(sql)));
    assertThat(mysql(definer)).isEqualTo(new CreateTrigger("touch", path("shop", "orders"), line(definer)));
  }

  @Test
  void sqliteTemporaryTriggerWithABody() {
    String sql = """
        CREATE TEMP TRIGGER IF NOT EXISTS touch AFTER UPDATE ON orders
        BEGIN
          UPDATE orders SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
        END;
        """;

    assertThat(only(Dialect.SQLITE, sql)).isEqualTo(new CreateTrigger("touch", path("main", "orders"),
        span(1, 1, 4, 3)));
  }

  @Test
  void h2Trigger() {
    String sql = "CREATE TRIGGER touch BEFORE INSERT ON orders FOR EACH ROW CALL \"app.Touch\"";

    assertThat(only(Dialect.H2, sql)).isEqualTo(new CreateTrigger("TOUCH", path("PUBLIC", "ORDERS"), line(sql)));
  }

  @Test
  void otherCreateStatementsAndIncompleteTriggersHaveNoOperation() {
    assertThat(ReadOperations.of(Dialect.MYSQL,
        "CREATE DEFINER = `root`@`%` VIEW v AS SELECT 1")).isEmpty();
    assertThat(ReadOperations.of(Dialect.MYSQL, "CREATE DEFINER = TRIGGER t BEFORE INSERT ON o SET @x = 1"))
        .isEmpty();
    for (String sql : List.of("CREATE TRIGGER", "CREATE TRIGGER t BEFORE INSERT", "CREATE TRIGGER t AFTER DELETE ON",
        "CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f()")) {
      assertThat(ReadOperations.of(Dialect.POSTGRESQL, sql)).as(sql).isEmpty();
    }
  }
}
