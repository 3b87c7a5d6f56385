package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.live.LiveFacts.SequenceUsage;
import dev.plumb.core.source.sql.ReplayResult;
import dev.plumb.core.source.sql.SqlReplayer;
import dev.plumb.core.source.sql.SqlSourceFile;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.TestMariadb;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Introspects a real MariaDB and compares it with the SQL replay of the same DDL. */
class MariadbIntrospectorTest {

  private static final String DDL = """
      CREATE TABLE customers (
        id INT UNSIGNED NOT NULL AUTO_INCREMENT,
        email VARCHAR(255) NOT NULL,
        name VARCHAR(100) NULL DEFAULT 'anon',
        nickname VARCHAR(30) DEFAULT NULL,
        status ENUM('active', 'blocked') NOT NULL DEFAULT 'active',
        score DECIMAL(10,2) DEFAULT 0.00,
        created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
        is_admin BOOLEAN NOT NULL DEFAULT FALSE,
        bio TEXT,
        PRIMARY KEY (id),
        UNIQUE KEY uk_customers_email (email),
        KEY idx_name_prefix (name(10)),
        CONSTRAINT chk_score CHECK (score >= 0)
      ) ENGINE=InnoDB;
      CREATE TABLE orders (
        id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
        customer_id INT UNSIGNED NOT NULL,
        quantity SMALLINT NOT NULL DEFAULT 1,
        unit_price DECIMAL(12,2) NOT NULL,
        line_total DECIMAL(14,2) AS (quantity * unit_price) STORED,
        code VARCHAR(20) GENERATED ALWAYS AS (concat('n', quantity)) VIRTUAL,
        placed_on DATE NOT NULL,
        UNIQUE (customer_id, placed_on),
        CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
          ON DELETE CASCADE ON UPDATE RESTRICT,
        INDEX idx_orders_date (placed_on DESC, quantity)
      );
      CREATE TABLE order_lines (
        order_id BIGINT NOT NULL,
        line_no INT NOT NULL,
        product VARCHAR(50) NOT NULL,
        replaced_by BIGINT NULL,
        PRIMARY KEY (order_id, line_no),
        KEY idx_lines_replaced (replaced_by),
        FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE,
        FOREIGN KEY (replaced_by) REFERENCES orders (id) ON DELETE SET NULL
      );
      CREATE UNIQUE INDEX uq_lines_product ON order_lines (order_id, product);
      CREATE INDEX idx_lines_product ON order_lines (product);
      CREATE VIEW active_customers AS SELECT id, email FROM customers WHERE status = 'active';
      CREATE TRIGGER orders_before_insert BEFORE INSERT ON orders FOR EACH ROW SET NEW.quantity = GREATEST(NEW.quantity, 1);
      CREATE FUNCTION line_count(p_order BIGINT) RETURNS INT DETERMINISTIC RETURN p_order + 1;
      """;

  private final TestMariadb server = TestMariadb.server();
  private final MariadbIntrospector introspector = new MariadbIntrospector();

  @Test
  void liveSchemaEqualsReplayOfSameDdl() throws SQLException {
    String database = server.newDatabase();
    server.execute(statementsIn("USE " + database + ";\n" + DDL));
    ReplayResult replay = new SqlReplayer(Dialect.MARIADB).replay(List.of(new SqlSourceFile("V1__shop.sql", DDL)));
    assertThat(replay.problems()).isEmpty();

    LiveDatabase live = read(database, List.of(database));

    assertThat(live.dialect()).isEqualTo(Dialect.MARIADB);
    assertThat(live.notes()).isEmpty();
    Schema replayed = replay.schema();
    assertThat(live.schema().tables().keySet()).containsExactlyInAnyOrderElementsOf(replayed.tables().keySet());
    for (Table expected : replayed.allTables()) {
      assertThat(ComparableTable.of(live.schema().table(expected.path()).orElseThrow()))
          .as(expected.path().toString()).isEqualTo(ComparableTable.of(expected));
    }
    assertThat(live.schema().views().keySet()).containsExactlyElementsOf(replayed.views().keySet());
    assertThat(live.schema().triggers()).hasSize(1);
    assertThat(live.schema().triggers().values()).first().satisfies(t -> {
      assertThat(t.path()).isEqualTo(ObjectPath.of("", "orders", "orders_before_insert"));
      assertThat(t.timing()).isEqualTo("BEFORE");
      assertThat(t.events()).containsExactly("INSERT");
    });
    assertThat(live.schema().routines().keySet()).containsExactlyElementsOf(replayed.routines().keySet());
    assertThat(live.schema().routines().values()).first().satisfies(r ->
        assertThat(r.returnType()).isEqualTo(replayed.routines().values().iterator().next().returnType()));
  }

  @Test
  void autoIncrementCounterMeasuredAgainstColumnType() throws SQLException {
    String database = server.newDatabase();
    server.execute("CREATE TABLE " + database + ".small (id TINYINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, v INT)"
            + " AUTO_INCREMENT = 201",
        "CREATE TABLE " + database + ".fresh (id INT AUTO_INCREMENT PRIMARY KEY)",
        "CREATE TABLE " + database + ".plain (id INT PRIMARY KEY)");

    List<SequenceUsage> usage = read(database, List.of(database)).facts().sequences();

    assertThat(usage).extracting(u -> u.column().orElseThrow().toString()).containsExactlyInAnyOrder("fresh.id",
        "small.id");
    SequenceUsage small = usage.stream().filter(u -> u.sequence().parent().name().equals("small")).findFirst()
        .orElseThrow();
    assertThat(small.type()).isEqualTo("tinyint unsigned");
    assertThat(small.lastValue()).contains(200L);
    assertThat(small.maxValue()).isEqualTo(255);
    assertThat(small.usedFraction()).isGreaterThan(0.78);
    SequenceUsage fresh = usage.stream().filter(u -> u.sequence().parent().name().equals("fresh")).findFirst()
        .orElseThrow();
    assertThat(fresh.lastValue()).isEmpty();
    assertThat(fresh.maxValue()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void otherDatabasesKeepTheirNames() throws SQLException {
    String database = server.newDatabase();
    String other = server.newDatabase();
    server.execute("CREATE TABLE " + database + ".a (id INT PRIMARY KEY)",
        "CREATE TABLE " + other + ".b (id INT PRIMARY KEY, a_id INT, FOREIGN KEY (a_id) REFERENCES " + database
            + ".a (id))");

    Schema schema = read(database, List.of(database, other)).schema();

    assertThat(schema.tables().keySet()).containsExactlyInAnyOrder(ObjectPath.of("", "a"), ObjectPath.of(other, "b"));
    assertThat(schema.namespaces()).contains(other);
    assertThat(schema.table(ObjectPath.of(other, "b")).orElseThrow().foreignKeys()).singleElement()
        .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo(ObjectPath.of("", "a")));
  }

  private LiveDatabase read(String database, List<String> databases) throws SQLException {
    try (Connection connection = server.connect(database)) {
      connection.setReadOnly(true);
      return introspector.read(connection, "jdbc:mariadb://test/" + database, databases);
    }
  }

  /** The DDL as single statements: the driver runs one at a time. */
  static String[] statementsIn(String sql) {
    return Arrays.stream(sql.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }
}
