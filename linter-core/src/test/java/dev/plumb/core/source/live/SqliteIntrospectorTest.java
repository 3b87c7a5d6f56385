package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteIntrospectorTest {

  static final String DDL = """
      CREATE TABLE customers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        email VARCHAR(200) NOT NULL UNIQUE,
        name TEXT,
        note,
        score REAL DEFAULT 0,
        created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
      );
      CREATE TABLE orders (
        id INTEGER NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        amount NUMERIC(10,2) CHECK (amount >= 0),
        status VARCHAR(20) NOT NULL DEFAULT 'new',
        total_cents INT GENERATED ALWAYS AS (amount * 100) VIRTUAL,
        CONSTRAINT orders_pk PRIMARY KEY (id),
        CONSTRAINT orders_status_uq UNIQUE (customer_id, status)
      );
      CREATE TABLE order_lines (
        order_id INTEGER NOT NULL,
        line_no INTEGER NOT NULL,
        product TEXT,
        PRIMARY KEY (order_id, line_no),
        FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE SET NULL
      );
      CREATE INDEX orders_status_idx ON orders (status DESC, customer_id);
      CREATE UNIQUE INDEX customers_lower_email ON customers (lower(email));
      CREATE INDEX orders_open ON orders (customer_id) WHERE status = 'new';
      CREATE VIEW open_orders AS SELECT id, customer_id FROM orders WHERE status = 'new';
      CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN SELECT 1; END;
      """;

  @TempDir
  Path dir;

  @Test
  void introspectedSchemaAgreesWithTheReplayOfTheSameDdl() throws SQLException {
    LiveDatabase live = introspect(DDL);
    Schema replayed = LiveSchemas.replayed(Dialect.SQLITE, DDL);

    assertThat(live.notes()).isEmpty();
    assertThat(live.facts().integrityProblems()).isEmpty();
    assertThat(LiveSchemas.comparable(live.schema(), UnaryOperator.identity())).hasSize(3)
        .isEqualTo(LiveSchemas.comparable(replayed, UnaryOperator.identity()));
    assertThat(live.schema().views().keySet()).isEqualTo(replayed.views().keySet());
    assertThat(live.schema().triggers().keySet()).containsExactly(ObjectPath.of("main", "orders", "orders_touch"));
    assertThat(live.schema().triggers().values()).singleElement()
        .satisfies(t -> assertThat(t.timing()).isEqualTo("AFTER"))
        .satisfies(t -> assertThat(t.events()).containsExactly("UPDATE"));
    assertThat(live.schema().views().get(ObjectPath.of("main", "open_orders")).definition())
        .isEqualTo(replayed.views().get(ObjectPath.of("main", "open_orders")).definition());
  }

  @Test
  void orphanRowsAreIntegrityProblemsNamingTableAndRowid() throws SQLException {
    LiveDatabase live = introspect(DDL + """
        INSERT INTO customers (id, email) VALUES (1, 'a@example.com');
        INSERT INTO orders (id, customer_id, status) VALUES (10, 1, 'new');
        INSERT INTO orders (id, customer_id, status) VALUES (11, 99, 'new');
        """);

    assertThat(live.facts().integrityProblems())
        .containsExactly("main.orders rowid 11: foreign key (customer_id) refers to no row of customers");
  }

  @Test
  void aDamagedFileGivesIntegrityProblemsOrAClearSqlException() throws Exception {
    Path file = dir.resolve("damaged.db");
    StringBuilder rows = new StringBuilder(DDL);
    for (int i = 1; i <= 500; i++) {
      rows.append("INSERT INTO customers (email, name) VALUES ('c").append(i).append("@example.com', '")
          .append("x".repeat(100)).append("');\n");
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      LiveSchemas.apply(connection, rows.toString());
    }
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
    // The headers of the pages after the schema's page 1: b-tree pages of rows and index entries.
    for (int page = 2; page < bytes.length / pageSize; page++) {
      for (int i = page * pageSize; i < page * pageSize + 64; i++) {
        bytes[i] = (byte) 0xA5;
      }
    }
    java.nio.file.Files.write(file, bytes);

    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      LiveDatabase live = new SqliteIntrospector().read(connection, "jdbc:sqlite:damaged.db", List.of());
      assertThat(live.facts().integrityProblems()).isNotEmpty()
          .allSatisfy(line -> assertThat(line).startsWith("main: integrity_check: "));
    } catch (SQLException e) {
      assertThat(e.getMessage()).contains("damaged");
    }
  }

  @Test
  void anUnknownSchemaIsAnSqlExceptionNotACrash() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("empty.db"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> new SqliteIntrospector().read(connection, "jdbc:sqlite:empty.db", List.of("nowhere")))
          .isInstanceOf(SQLException.class).hasMessageContaining("nowhere");
    }
  }

  private LiveDatabase introspect(String ddl) throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("live.db");
    try (Connection connection = DriverManager.getConnection(url)) {
      LiveSchemas.apply(connection, ddl);
      return new SqliteIntrospector().read(connection, "jdbc:sqlite:live.db", List.of());
    }
  }
}
