package dev.plumb.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.Finding;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTypeChangeRewritesTableTest {

  private static final String ORDERS = """
      CREATE TABLE orders (id integer PRIMARY KEY, code varchar(20), note text, total numeric(10,2),
        placed timestamp, addr cidr, doc xml, at timestamptz(3), flags varbit(8), c char(3));
      """;

  private final RuleTester tester = RuleTester.of(new ColumnTypeChangeRewritesTable());

  @Test
  void typeChangesThatRewrite() {
    List<Finding> findings = tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__types.sql", """
            -- expect: column-type-change-rewrites-table (warning)
            ALTER TABLE orders ALTER COLUMN id TYPE bigint;
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders ALTER COLUMN code TYPE varchar(10);
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders ALTER COLUMN note TYPE varchar(50);
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,4);
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders ALTER COLUMN placed TYPE timestamptz;
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders ALTER COLUMN c TYPE text;
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders ALTER COLUMN note TYPE integer USING length(note);
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders ALTER COLUMN placed TYPE timestamptz USING placed AT TIME ZONE 'UTC';
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Changing column id of existing table public.orders from "
        + "integer to bigint rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock, which "
        + "blocks every read and write of the table");
    assertThat(findings.get(0).remediations().get(0).sql()).contains("""
        ALTER TABLE orders ADD COLUMN id_new bigint;
        -- keep id_new in step with id (a trigger, or the code writing both), then
        -- backfill in batches, each in its own transaction:
        -- UPDATE orders SET id_new = id WHERE id_new IS NULL AND <a range of keys>;
        -- once the code reads id_new, in one transaction:
        ALTER TABLE orders DROP COLUMN id;
        ALTER TABLE orders RENAME COLUMN id_new TO id;
        """);
    assertThat(findings.get(4).message()).contains("(since PostgreSQL 12 this change skips the rewrite only when "
        + "the session TimeZone is UTC)");
    assertThat(findings.get(6).remediations().get(0).sql().orElseThrow())
        .contains("-- UPDATE orders SET note_new = length(note) WHERE");
    assertThat(findings.get(7).message()).doesNotContain("TimeZone");
  }

  @Test
  void binaryCoercibleChangesKeepTheRows() {
    tester
        .migration("V1__orders.sql", ORDERS)
        .migration("V2__types.sql", """
            ALTER TABLE orders ALTER COLUMN code TYPE varchar(40);
            ALTER TABLE orders ALTER COLUMN code TYPE varchar;
            ALTER TABLE orders ALTER COLUMN code TYPE text;
            ALTER TABLE orders ALTER COLUMN note TYPE character varying;
            ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2);
            ALTER TABLE orders ALTER COLUMN total TYPE numeric;
            ALTER TABLE orders ALTER COLUMN addr TYPE inet;
            ALTER TABLE orders ALTER COLUMN doc TYPE text;
            ALTER TABLE orders ALTER COLUMN at TYPE timestamptz(6);
            ALTER TABLE orders ALTER COLUMN flags TYPE varbit(16);
            ALTER TABLE orders ALTER COLUMN id SET DATA TYPE int4;
            ALTER TABLE orders ALTER COLUMN c TYPE char(3) USING c;
            """)
        .check();
  }

  @Test
  void unknownColumnsAreReportedWithAHedge() {
    List<Finding> findings = tester
        .migration("V2__types.sql", """
            -- expect: column-type-change-rewrites-table
            ALTER TABLE legacy ALTER COLUMN amount TYPE bigint;
            """)
        .check();

    assertThat(findings.get(0).message()).contains("(its type before is not known;");
  }

  @Test
  void newTablesAndOtherDialectsWithoutTypeChanges() {
    tester
        .migration("V1__orders.sql", ORDERS + "ALTER TABLE orders ALTER COLUMN id TYPE bigint;")
        .check();
    RuleTester.of(new ColumnTypeChangeRewritesTable()).dialect(Dialect.SQLITE)
        .migration("V1__orders.sql", "CREATE TABLE orders (id integer);")
        .check();
  }

  @Test
  void mysqlCopiesTheTable() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", """
            CREATE TABLE orders (id int PRIMARY KEY, code varchar(50), name varchar(60) CHARACTER SET latin1,
              state enum('new','paid'), total decimal(10,2));
            """)
        .migration("V2__types.sql", """
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders MODIFY id bigint;
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders MODIFY COLUMN code varchar(100);
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders CHANGE total amount decimal(12,2);
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders MODIFY state enum('paid','new');
            """)
        .check();

    assertThat(findings.get(0).message()).isEqualTo("Changing column id of existing table orders from int to "
        + "bigint copies the table: INSERT, UPDATE and DELETE wait until every row is copied, and at its start and "
        + "end it takes an exclusive metadata lock, which waits for every open transaction on the table, and while "
        + "it waits every new query on the table queues behind it");
    assertThat(findings.get(1).message()).contains("(at 4 bytes per character the values pass 255 bytes");
    assertThat(findings.get(0).remediations().get(0).sql().orElseThrow()).startsWith(
        "ALTER TABLE orders ADD COLUMN id_new bigint;\n").endsWith(
        "ALTER TABLE orders DROP COLUMN id, RENAME COLUMN id_new TO id;\n");
  }

  @Test
  void mysqlInPlaceChanges() {
    tester.dialect(Dialect.MARIADB)
        .migration("V1__orders.sql", """
            CREATE TABLE orders (id int PRIMARY KEY, code varchar(50), name varchar(60) CHARACTER SET latin1,
              state enum('new','paid'), title varchar(100)) DEFAULT CHARSET=utf8mb3;
            """)
        .migration("V2__types.sql", """
            ALTER TABLE orders MODIFY code varchar(60);
            ALTER TABLE orders MODIFY name varchar(200) CHARACTER SET latin1;
            ALTER TABLE orders MODIFY state enum('new','paid','refunded') NOT NULL;
            ALTER TABLE orders MODIFY title varchar(300);
            ALTER TABLE orders CHANGE id order_id int;
            ALTER TABLE orders MODIFY code varchar(60) NOT NULL DEFAULT '';
            ALTER TABLE unknown_table MODIFY x bigint;
            ALTER TABLE orders MODIFY id bigint, ALGORITHM=INPLACE;
            """)
        .check();
  }

  @Test
  void mysqlModifyWithoutTheOldCharsetConvertsTheColumn() {
    List<Finding> findings = tester.dialect(Dialect.MYSQL)
        .migration("V1__orders.sql", """
            CREATE TABLE orders (id int PRIMARY KEY, name varchar(60) CHARACTER SET latin1) DEFAULT CHARSET=utf8mb4;
            """)
        .migration("V2__types.sql", """
            -- expect: column-type-change-rewrites-table
            ALTER TABLE orders MODIFY name varchar(200);
            """)
        .check();

    assertThat(findings.get(0).message()).contains("copies the table (its character set changes from latin1 to "
        + "utf8mb4)");
  }
}
