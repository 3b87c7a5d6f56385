package dev.plumb.core.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcMetadataIntrospectorTest {

  @Test
  void readsTablesKeysAndIndexesOfH2ThroughDatabaseMetaData() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:metadata")) {
      LiveSchemas.apply(connection, """
          CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL);
          CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id INTEGER,
            amount NUMERIC(10,2),
            CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE);
          CREATE INDEX orders_amount_idx ON orders (amount DESC);
          """);
      LiveDatabase live = new JdbcMetadataIntrospector(Dialect.H2).read(connection, "jdbc:h2:mem:metadata",
          List.of("PUBLIC"));

      assertThat(live.notes()).singleElement().asString().contains("JDBC metadata (H2)");
      Table orders = live.schema().table(ObjectPath.of("PUBLIC", "ORDERS")).orElseThrow();
      assertThat(orders.columns()).extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " not null"))
          .containsExactly("ID bigint not null", "CUSTOMER_ID integer", "AMOUNT numeric(10,2)");
      assertThat(orders.primaryKey().orElseThrow().columns()).containsExactly("ID");
      assertThat(orders.foreignKeys()).singleElement().satisfies(f -> {
        assertThat(f.name()).contains("ORDERS_CUSTOMER_FK");
        assertThat(f.referencedTable()).isEqualTo(ObjectPath.of("PUBLIC", "CUSTOMERS"));
        assertThat(f.referencedColumns()).containsExactly("ID");
        assertThat(f.onDelete()).isEqualTo(ReferentialAction.CASCADE);
      });
      assertThat(orders.index("ORDERS_AMOUNT_IDX").orElseThrow().keys()).singleElement()
          .satisfies(k -> assertThat(k.text()).isEqualTo("AMOUNT"))
          .satisfies(k -> assertThat(k.descending()).isTrue());
    }
  }
}
