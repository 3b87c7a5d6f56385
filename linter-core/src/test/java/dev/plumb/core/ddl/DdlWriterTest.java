package dev.plumb.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.ddl.DdlWriter.ColumnSpec;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.ReferentialAction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DdlWriterTest {

  private final DdlWriter postgres = new DdlWriter(Dialect.POSTGRESQL);
  private final DdlWriter mysql = new DdlWriter(Dialect.MYSQL);
  private final DdlWriter h2 = new DdlWriter(Dialect.H2);

  @ParameterizedTest(name = "{0}: {1}.{2} -> {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      postgresql | public | users  | users
      postgresql | public | user   | "user"
      postgresql | public | Users  | "Users"
      postgresql | audit  | log    | audit.log
      postgresql | Audit  | order  | "Audit"."order"
      mysql      | ''     | orders | orders
      mysql      | shop   | order  | shop.`order`
      mariadb    | ''     | Key    | `Key`
      h2         | PUBLIC | USERS  | USERS
      h2         | PUBLIC | users  | "users"
      h2         | AUDIT  | LOG    | AUDIT.LOG
      """)
  void qualifiesOnlyTablesOutsideTheDefaultSchema(String dialect, String schema, String table, String sql) {
    DdlWriter writer = new DdlWriter(Dialect.fromId(dialect).orElseThrow());
    String schemaName = schema.equals("''") ? "" : schema;

    assertThat(writer.tableName(ObjectPath.of(schemaName, table))).isEqualTo(sql);
  }

  @Test
  void createsATableWithColumnsAndAPrimaryKey() {
    List<ColumnSpec> columns = List.of(
        new ColumnSpec("id", DataType.of("bigint"), true, Optional.empty()),
        new ColumnSpec("user", DataType.of("text"), false, Optional.of("'nobody'")),
        new ColumnSpec("Total", DataType.of("numeric").withPrecision(10, Optional.of(2)), true, Optional.of("0")));

    assertThat(postgres.createTable(ObjectPath.of("audit", "Log"), columns, List.of("id", "user"))).isEqualTo("""
        CREATE TABLE audit."Log" (
          id bigint NOT NULL,
          "user" text DEFAULT 'nobody',
          "Total" numeric(10,2) NOT NULL DEFAULT 0,
          PRIMARY KEY (id, "user")
        );""");
    assertThat(mysql.createTable(ObjectPath.of("", "log"), columns.subList(0, 1), List.of())).isEqualTo("""
        CREATE TABLE log (
          id bigint NOT NULL
        );""");
  }

  @Test
  void addsAColumn() {
    ColumnSpec flag = new ColumnSpec("active", DataTypes.of("bool", Dialect.MYSQL), true, Optional.of("false"));
    ColumnSpec order = new ColumnSpec("order", DataType.of("integer"), false, Optional.empty());

    assertThat(mysql.addColumn(ObjectPath.of("", "users"), flag))
        .isEqualTo("ALTER TABLE users ADD COLUMN active tinyint(1) NOT NULL DEFAULT false;");
    assertThat(postgres.addColumn(ObjectPath.of("public", "users"), order))
        .isEqualTo("ALTER TABLE users ADD COLUMN \"order\" integer;");
    assertThat(h2.addColumn(ObjectPath.of("PUBLIC", "USERS"), order))
        .isEqualTo("ALTER TABLE USERS ADD COLUMN \"order\" integer;");
  }

  @Test
  void changesATypeTheWayEachDialectDoes() {
    ColumnSpec amount = new ColumnSpec("amount", DataType.of("numeric").withPrecision(12, Optional.of(2)), true,
        Optional.of("0"));

    assertThat(postgres.alterColumnType(ObjectPath.of("shop", "orders"), amount))
        .isEqualTo("ALTER TABLE shop.orders ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric(12,2);");
    assertThat(mysql.alterColumnType(ObjectPath.of("", "orders"), amount))
        .isEqualTo("ALTER TABLE orders MODIFY COLUMN amount numeric(12,2) NOT NULL DEFAULT 0;");
    assertThat(h2.alterColumnType(ObjectPath.of("PUBLIC", "ORDERS"), amount))
        .isEqualTo("ALTER TABLE ORDERS ALTER COLUMN \"amount\" SET DATA TYPE numeric(12,2);");
  }

  @Test
  void changesNullability() {
    ColumnSpec required = new ColumnSpec("email", DataType.of("varchar").withLength(255), true, Optional.empty());
    ColumnSpec optional = new ColumnSpec("email", DataType.of("varchar").withLength(255), false, Optional.empty());

    assertThat(postgres.setNotNull(ObjectPath.of("public", "users"), required))
        .isEqualTo("ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
    assertThat(postgres.dropNotNull(ObjectPath.of("public", "users"), optional))
        .isEqualTo("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;");
    assertThat(mysql.setNotNull(ObjectPath.of("", "users"), required))
        .isEqualTo("ALTER TABLE users MODIFY COLUMN email varchar(255) NOT NULL;");
    assertThat(mysql.dropNotNull(ObjectPath.of("", "users"), optional))
        .isEqualTo("ALTER TABLE users MODIFY COLUMN email varchar(255);");
    assertThat(h2.setNotNull(ObjectPath.of("PUBLIC", "USERS"), required))
        .isEqualTo("ALTER TABLE USERS ALTER COLUMN \"email\" SET NOT NULL;");
  }

  @Test
  void setsAndDropsDefaults() {
    assertThat(postgres.setDefault(ObjectPath.of("public", "orders"), "status", "'new'"))
        .isEqualTo("ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';");
    assertThat(mysql.dropDefault(ObjectPath.of("", "orders"), "Status"))
        .isEqualTo("ALTER TABLE orders ALTER COLUMN `Status` DROP DEFAULT;");
  }

  @Test
  void addsAndDropsKeys() {
    assertThat(postgres.addPrimaryKey(ObjectPath.of("public", "t"), List.of("a", "b")))
        .isEqualTo("ALTER TABLE t ADD PRIMARY KEY (a, b);");
    assertThat(postgres.dropConstraint(ObjectPath.of("public", "t"), "t_Check"))
        .isEqualTo("ALTER TABLE t DROP CONSTRAINT \"t_Check\";");
    assertThat(mysql.dropConstraint(ObjectPath.of("", "t"), "PRIMARY")).isEqualTo("ALTER TABLE t DROP PRIMARY KEY;");
    assertThat(mysql.dropConstraint(ObjectPath.of("", "t"), "t_fk")).isEqualTo("ALTER TABLE t DROP CONSTRAINT t_fk;");
  }

  @Test
  void createsIndexesWithoutBlockingWritesWhereTheDialectCan() {
    assertThat(postgres.createIndexOnline(ObjectPath.of("shop", "orders"), "orders_user_idx", List.of("user_id"), false))
        .isEqualTo("CREATE INDEX CONCURRENTLY orders_user_idx ON shop.orders (user_id);");
    assertThat(postgres.createIndexOnline(ObjectPath.of("public", "users"), "users_email_key", List.of("email"), true))
        .isEqualTo("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);");
    assertThat(mysql.createIndexOnline(ObjectPath.of("", "orders"), "orders_user_idx", List.of("user_id", "key"), true))
        .isEqualTo("ALTER TABLE orders ADD UNIQUE INDEX orders_user_idx (user_id, `key`), ALGORITHM=INPLACE, LOCK=NONE;");
    assertThat(h2.createIndexOnline(ObjectPath.of("PUBLIC", "ORDERS"), "ORDERS_USER_IDX", List.of("USER_ID"), false))
        .isEqualTo("CREATE INDEX ORDERS_USER_IDX ON ORDERS (USER_ID);");
  }

  @Test
  void addsForeignKeysNotValidThenValidatedInPostgresOnly() {
    ObjectPath orders = ObjectPath.of("public", "orders");
    ObjectPath users = ObjectPath.of("auth", "users");

    assertThat(postgres.addForeignKey(orders, "orders_user_fk", List.of("user_id"), users, List.of("id"),
        Optional.of(ReferentialAction.CASCADE), Optional.of(ReferentialAction.NO_ACTION))).isEqualTo("""
        ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES auth.users (id) \
        ON DELETE CASCADE NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;""");
    assertThat(mysql.addForeignKey(ObjectPath.of("", "orders"), "orders_user_fk", List.of("user_id"),
        ObjectPath.of("", "user"), List.of(), Optional.empty(), Optional.of(ReferentialAction.SET_NULL)))
        .isEqualTo("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES `user` "
            + "ON UPDATE SET NULL;");
    assertThat(h2.addForeignKey(ObjectPath.of("PUBLIC", "ORDERS"), "FK", List.of("USER_ID"),
        ObjectPath.of("PUBLIC", "USERS"), List.of("ID"), Optional.empty(), Optional.empty()))
        .isEqualTo("ALTER TABLE ORDERS ADD CONSTRAINT FK FOREIGN KEY (USER_ID) REFERENCES USERS (ID);");
  }

  @Test
  void createsAnIndexAsTheModelHasIt() {
    Index index = new Index(ObjectPath.of("app", "docs_idx"), ObjectPath.of("app", "docs"),
        List.of(IndexKey.column("owner"), new IndexKey("lower(title)", true, true)), true,
        Optional.of("owner IS NOT NULL"), Optional.of("btree"), true, Optional.empty());

    assertThat(postgres.createIndexOnline(index)).isEqualTo("CREATE UNIQUE INDEX CONCURRENTLY docs_idx ON app.docs "
        + "(owner, (lower(title)) DESC) WHERE owner IS NOT NULL;");
    assertThat(postgres.dropIndex(index)).isEqualTo("DROP INDEX CONCURRENTLY app.docs_idx;");
  }

  @Test
  void dropsIndexesTablesAndColumnsInEachDialect() {
    Index gin = new Index(ObjectPath.of("public", "body_idx"), ObjectPath.of("public", "docs"),
        List.of(IndexKey.column("body")), false, Optional.empty(), Optional.of("gin"), true, Optional.empty());
    Index mysqlIndex = new Index(ObjectPath.of("", "email_idx"), ObjectPath.of("", "users"),
        List.of(IndexKey.column("email")), false, Optional.empty(), Optional.empty(), true, Optional.empty());
    Index sqliteIndex = new Index(ObjectPath.of("main", "email_idx"), ObjectPath.of("main", "users"),
        List.of(IndexKey.column("email")), false, Optional.empty(), Optional.empty(), true, Optional.empty());
    DdlWriter sqlite = new DdlWriter(Dialect.SQLITE);

    assertThat(postgres.createIndexOnline(gin)).isEqualTo("CREATE INDEX CONCURRENTLY body_idx ON docs USING gin "
        + "(body);");
    assertThat(postgres.dropIndex(gin)).isEqualTo("DROP INDEX CONCURRENTLY body_idx;");
    assertThat(mysql.dropIndex(mysqlIndex)).isEqualTo("DROP INDEX email_idx ON users;");
    assertThat(sqlite.createIndexOnline(sqliteIndex)).isEqualTo("CREATE INDEX email_idx ON users (email);");
    assertThat(sqlite.dropIndex(sqliteIndex)).isEqualTo("DROP INDEX email_idx;");
    assertThat(postgres.dropTable(ObjectPath.of("audit", "log"))).isEqualTo("DROP TABLE audit.log;");
    assertThat(mysql.dropColumn(ObjectPath.of("", "users"), "key")).isEqualTo("ALTER TABLE users DROP COLUMN `key`;");
  }
}
