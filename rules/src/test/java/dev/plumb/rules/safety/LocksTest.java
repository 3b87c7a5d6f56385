package dev.plumb.rules.safety;

import static dev.plumb.rules.safety.LockMode.ACCESS_EXCLUSIVE;
import static dev.plumb.rules.safety.LockMode.METADATA_EXCLUSIVE;
import static dev.plumb.rules.safety.LockMode.ROW_EXCLUSIVE;
import static dev.plumb.rules.safety.LockMode.SHARE;
import static dev.plumb.rules.safety.LockMode.SHARE_ROW_EXCLUSIVE;
import static dev.plumb.rules.safety.LockMode.SHARE_UPDATE_EXCLUSIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.plumb.core.model.Dialect;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocksTest {

  private static final String SETUP = """
      CREATE TABLE customers (id int PRIMARY KEY);
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int, total int);
      CREATE INDEX orders_total_idx ON orders (total);
      CREATE TABLE events (at date NOT NULL) PARTITION BY RANGE (at);
      CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
      """;

  @Test
  void indexes() {
    assertThat(locks("CREATE INDEX orders_c ON orders (customer_id);")).containsExactly(entry("orders", SHARE));
    assertThat(locks("CREATE INDEX CONCURRENTLY orders_c ON orders (customer_id);"))
        .containsExactly(entry("orders", SHARE_UPDATE_EXCLUSIVE));
    assertThat(locks("DROP INDEX orders_total_idx;")).containsExactly(entry("orders", ACCESS_EXCLUSIVE));
    assertThat(locks("DROP INDEX CONCURRENTLY orders_total_idx;"))
        .containsExactly(entry("orders", SHARE_UPDATE_EXCLUSIVE));
    assertThat(locks("DROP INDEX unknown_idx;")).as("an index the replay does not know").isEmpty();
    assertThat(locks("REINDEX INDEX orders_total_idx;")).containsExactly(entry("orders", SHARE));
    assertThat(locks("REINDEX TABLE CONCURRENTLY orders;")).containsExactly(entry("orders", SHARE_UPDATE_EXCLUSIVE));
  }

  @Test
  void alterTableTakesTheStrongestLockOfItsChanges() {
    assertThat(locks("ALTER TABLE orders ADD COLUMN note text;")).containsExactly(entry("orders", ACCESS_EXCLUSIVE));
    assertThat(locks("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id);"))
        .containsExactly(entry("orders", SHARE_ROW_EXCLUSIVE), entry("customers", SHARE_ROW_EXCLUSIVE));
    assertThat(locks("ALTER TABLE orders ADD COLUMN c2 int REFERENCES customers (id);"))
        .containsExactly(entry("orders", ACCESS_EXCLUSIVE), entry("customers", SHARE_ROW_EXCLUSIVE));
    assertThat(locks("ALTER TABLE orders VALIDATE CONSTRAINT fk;"))
        .containsExactly(entry("orders", SHARE_UPDATE_EXCLUSIVE));
    assertThat(locks("ALTER TABLE orders ALTER COLUMN total SET STATISTICS 500;"))
        .containsExactly(entry("orders", SHARE_UPDATE_EXCLUSIVE));
    assertThat(locks("ALTER TABLE orders DISABLE TRIGGER ALL;"))
        .containsExactly(entry("orders", SHARE_ROW_EXCLUSIVE));
    assertThat(locks("ALTER TABLE orders VALIDATE CONSTRAINT fk, ADD COLUMN note text;"))
        .containsExactly(entry("orders", ACCESS_EXCLUSIVE));
  }

  @Test
  void partitions() {
    assertThat(locks("ALTER TABLE events DETACH PARTITION events_2023;"))
        .containsExactly(entry("events", ACCESS_EXCLUSIVE), entry("events_2023", ACCESS_EXCLUSIVE));
    assertThat(locks("ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;"))
        .containsExactly(entry("events", SHARE_UPDATE_EXCLUSIVE), entry("events_2023", SHARE_UPDATE_EXCLUSIVE));
  }

  @Test
  void tablesAndData() {
    assertThat(locks("CREATE TABLE lines (id int, order_id int REFERENCES orders (id));"))
        .containsExactly(entry("orders", SHARE_ROW_EXCLUSIVE));
    assertThat(locks("DROP TABLE orders;")).containsExactly(entry("orders", ACCESS_EXCLUSIVE));
    assertThat(locks("TRUNCATE orders, customers;"))
        .containsExactly(entry("orders", ACCESS_EXCLUSIVE), entry("customers", ACCESS_EXCLUSIVE));
    assertThat(locks("UPDATE orders SET total = 0;")).containsExactly(entry("orders", ROW_EXCLUSIVE));
    assertThat(locks("VACUUM orders;")).containsExactly(entry("orders", SHARE_UPDATE_EXCLUSIVE));
    assertThat(locks("VACUUM FULL orders;")).containsExactly(entry("orders", ACCESS_EXCLUSIVE));
    assertThat(locks("CLUSTER orders USING orders_total_idx;")).containsExactly(entry("orders", ACCESS_EXCLUSIVE));
    assertThat(locks("CREATE TRIGGER t BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION f();"))
        .containsExactly(entry("orders", SHARE_ROW_EXCLUSIVE));
    assertThat(locks("SELECT 1;")).isEmpty();
  }

  @Test
  void mysqlDdlWaitsForTheMetadataLockAndDataChangesForNone() {
    String setup = "CREATE TABLE orders (id int PRIMARY KEY, total int);\nCREATE INDEX orders_total ON orders (total);";
    assertThat(locks(Dialect.MYSQL, setup, "ALTER TABLE orders ADD COLUMN note text, ALGORITHM=INSTANT;"))
        .containsExactly(entry("orders", METADATA_EXCLUSIVE));
    assertThat(locks(Dialect.MYSQL, setup, "DROP INDEX orders_total ON orders;"))
        .containsExactly(entry("orders", METADATA_EXCLUSIVE));
    assertThat(locks(Dialect.MARIADB, setup, "TRUNCATE TABLE orders;"))
        .containsExactly(entry("orders", METADATA_EXCLUSIVE));
    assertThat(locks(Dialect.MYSQL, setup, "UPDATE orders SET total = 0;")).isEmpty();
  }

  @Test
  void sqliteHasNoTableLocksToSpeakOf() {
    assertThat(locks(Dialect.SQLITE, "CREATE TABLE orders (id int);", "ALTER TABLE orders ADD COLUMN c int;"))
        .isEmpty();
  }

  @Test
  void lockModesSayWhatTheyBlock() {
    assertThat(ACCESS_EXCLUSIVE.describe())
        .isEqualTo("an ACCESS EXCLUSIVE lock, which blocks every read and write of the table");
    assertThat(SHARE.describe()).isEqualTo("a SHARE lock, which blocks INSERT, UPDATE and DELETE; reads go on");
    assertThat(SHARE.blocksTraffic()).isTrue();
    assertThat(SHARE.blocksReads()).isFalse();
    assertThat(SHARE_UPDATE_EXCLUSIVE.blocksTraffic()).isFalse();
    assertThat(ROW_EXCLUSIVE.blocksTraffic()).isFalse();
    assertThat(METADATA_EXCLUSIVE.blocksReads()).isTrue();
    assertThat(SHARE.strongest(ACCESS_EXCLUSIVE)).isEqualTo(ACCESS_EXCLUSIVE);
    assertThat(ACCESS_EXCLUSIVE.strongest(SHARE)).isEqualTo(ACCESS_EXCLUSIVE);
  }

  private static Map<String, LockMode> locks(String sql) {
    return locks(Dialect.POSTGRESQL, SETUP, sql);
  }

  /** The locks of the one statement of a second migration, by table name. */
  private static Map<String, LockMode> locks(Dialect dialect, String setup, String sql) {
    SafetyStep step = new Replayed().dialect(dialect).file("V1__setup.sql", setup).file("V2__change.sql", sql)
        .at("V2__change.sql", 1);
    Map<String, LockMode> locks = new LinkedHashMap<>();
    step.operations().forEach(operation -> step.locks(operation)
        .forEach(lock -> locks.merge(lock.table().name(), lock.mode(), LockMode::strongest)));
    return locks;
  }
}
