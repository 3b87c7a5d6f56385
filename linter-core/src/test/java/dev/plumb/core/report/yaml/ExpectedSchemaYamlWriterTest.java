package dev.plumb.core.report.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.model.expected.ExpectedColumn;
import dev.plumb.core.model.expected.ExpectedForeignKey;
import dev.plumb.core.model.expected.ExpectedIndex;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.model.expected.ExpectedTable;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.expected.ExpectedSchemaLoader;
import dev.plumb.core.source.sql.ReplayResult;
import dev.plumb.core.source.sql.SqlReplayer;
import dev.plumb.core.source.sql.SqlSourceFile;
import dev.plumb.core.source.yaml.JsonSchemaCheck;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectedSchemaYamlWriterTest {

  private final ExpectedSchemaYamlWriter writer = new ExpectedSchemaYamlWriter();

  @Test
  void writesTablesColumnsKeysAndIndexesOnePerLine() {
    Schema schema = replay(Dialect.POSTGRESQL, """
        CREATE TABLE users (
            id         bigserial PRIMARY KEY,
            email      varchar(320) NOT NULL UNIQUE,
            created_at timestamptz  NOT NULL DEFAULT now()
        );
        CREATE TABLE compliance_checks (
            id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            owner_id   bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            status     text        NOT NULL DEFAULT 'pending',
            score      numeric(10,2) DEFAULT 0,
            tags       text[]
        );
        CREATE INDEX compliance_checks_owner_id_idx ON compliance_checks (owner_id);
        CREATE UNIQUE INDEX compliance_checks_lower_status ON compliance_checks (lower(status));
        CREATE INDEX compliance_checks_pending ON compliance_checks (status) WHERE status = 'pending';
        COMMENT ON COLUMN compliance_checks.status IS 'pending, passed or failed';
        """);

    assertThat(writer.write(schema, List.of("Written by a test."))).isEqualTo("""
        # Written by a test.
        dialect: postgresql
        tables:
          - name: compliance_checks
            columns:
              - { name: id, type: bigint, nullable: false, hasDefault: true }
              - { name: owner_id, type: bigint, nullable: false }
              - { name: status, type: text, nullable: false, default: "'pending'", description: 'pending, passed or failed' }
              - { name: score, type: 'numeric(10,2)', nullable: true, default: 0 }
              - { name: tags, type: 'text[]', nullable: true }
            primaryKey: [id]
            indexes:
              - { name: compliance_checks_owner_id_idx, columns: [owner_id] }
            # index compliance_checks_lower_status is not listed: it is on an expression (lower(status)), which expected-schema files cannot describe
            # index compliance_checks_pending is not listed: it is partial (WHERE status = 'pending'), which expected-schema files cannot describe
            foreignKeys:
              - { columns: [owner_id], references: { table: users, columns: [id] }, onDelete: cascade }

          - name: users
            columns:
              - { name: id, type: bigint, nullable: false, default: "nextval('users_id_seq')" }
              - { name: email, type: character varying(320), nullable: false }
              - { name: created_at, type: timestamp with time zone, nullable: false, default: now() }
            primaryKey: [id]
            indexes:
              - { columns: [email], unique: true }  # UNIQUE constraint users_email_key
        """);
  }

  @Test
  void anEmptySchemaHasAnEmptyTableList() {
    assertThat(writer.write(Schema.empty(Dialect.SQLITE))).isEqualTo("dialect: sqlite\ntables: []\n");
  }

  @Test
  void namesThatNeedQuotesInSqlAreQuotedInsideTheYamlString() {
    Schema schema = replay(Dialect.POSTGRESQL, """
        CREATE SCHEMA "Billing";
        CREATE TABLE "Billing"."Invoice" ("Id" int PRIMARY KEY, "order" int, "two words" text, "it's" text);
        CREATE TABLE lines (invoice_id int REFERENCES "Billing"."Invoice" ON UPDATE SET NULL ON DELETE RESTRICT);
        """);

    assertThat(writer.write(schema)).isEqualTo("""
        dialect: postgresql
        tables:
          - name: lines
            columns:
              - { name: invoice_id, type: integer, nullable: true }
            foreignKeys:
              - { columns: [invoice_id], references: { table: '"Invoice"', schema: '"Billing"' }, onDelete: restrict, onUpdate: set null }

          - name: '"Invoice"'
            schema: '"Billing"'
            columns:
              - { name: '"Id"', type: integer, nullable: false }
              - { name: order, type: integer, nullable: true }
              - { name: '"two words"', type: text, nullable: true }
              - { name: '"it''s"', type: text, nullable: true }
            primaryKey: ['"Id"']
        """);
  }

  @Test
  void readsBackAsTheSchemaItWasWrittenFrom_postgresql() throws Exception {
    assertRoundTrip(Dialect.POSTGRESQL, """
        CREATE SCHEMA app;
        CREATE TYPE mood AS ENUM ('sad', 'ok');
        CREATE TYPE app."Mood" AS ENUM ('a', 'b');
        CREATE TABLE "Users" (
          "Id" serial PRIMARY KEY,
          "order" int NOT NULL,
          "select" text DEFAULT NULL,
          tags text[] NOT NULL DEFAULT '{}',
          grid int[][],
          price numeric(10,2) NOT NULL DEFAULT 0.00,
          amount numeric,
          name varchar(20) UNIQUE,
          code char(3),
          seen timestamptz(3) DEFAULT CURRENT_TIMESTAMP,
          at_local timestamp,
          m mood DEFAULT 'ok'::mood,
          m2 app."Mood",
          ident bigint GENERATED BY DEFAULT AS IDENTITY,
          doubled int GENERATED ALWAYS AS ("order" * 2) STORED,
          b bool DEFAULT true,
          note text DEFAULT E'line\\nbreak',
          ratio double precision,
          data jsonb DEFAULT '{"a": [1, 2]}'::jsonb
        );
        CREATE TABLE app.items (
          id bigint PRIMARY KEY,
          user_id int REFERENCES "Users" ON DELETE SET NULL ON UPDATE CASCADE,
          name text,
          CONSTRAINT items_name_key UNIQUE (name, user_id)
        );
        CREATE UNIQUE INDEX items_lower ON app.items (lower(name));
        CREATE INDEX "Items_Name" ON app.items USING btree (name DESC, id);
        CREATE TABLE "user" (id int, "Items" bigint, PRIMARY KEY (id, "Items"),
          FOREIGN KEY ("Items") REFERENCES app.items (id) ON DELETE SET DEFAULT);
        COMMENT ON TABLE "user" IS 'people: "quoted" and # hashed';
        """);
  }

  @Test
  void readsBackAsTheSchemaItWasWrittenFrom_mysql() throws Exception {
    assertRoundTrip(Dialect.MYSQL, """
        CREATE TABLE `Orders` (
          id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
          total decimal(10,2) unsigned NOT NULL DEFAULT '0.00',
          state enum('new','Paid') NOT NULL DEFAULT 'new',
          flag tinyint(1) NOT NULL DEFAULT 0,
          `key` varchar(64),
          created datetime(3) DEFAULT CURRENT_TIMESTAMP(3),
          UNIQUE KEY orders_key (`key`),
          KEY orders_state_created (state, created)
        );
        CREATE TABLE lines (order_id bigint unsigned, FOREIGN KEY (order_id) REFERENCES `Orders` (id) ON DELETE CASCADE);
        """);
  }

  @Test
  void readsBackAsTheSchemaItWasWrittenFrom_sqliteAndH2() throws Exception {
    assertRoundTrip(Dialect.SQLITE, """
        CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL DEFAULT '', parent INTEGER
          REFERENCES notes (id));
        CREATE INDEX notes_parent ON notes (parent);
        """);
    assertRoundTrip(Dialect.H2, """
        CREATE TABLE accounts (id BIGINT AUTO_INCREMENT PRIMARY KEY, "lower" VARCHAR(10), name VARCHAR(100));
        CREATE UNIQUE INDEX accounts_name ON accounts (name);
        """);
  }

  @Test
  void theOutputIsValidAgainstThePublishedJsonSchema() throws IOException, InputException {
    Schema schema = replay(Dialect.POSTGRESQL, """
        CREATE TABLE a (id int PRIMARY KEY, n numeric(5,1) DEFAULT 1.5, flag boolean DEFAULT false);
        CREATE TABLE b (a_id int REFERENCES a ON DELETE CASCADE, UNIQUE (a_id));
        CREATE INDEX b_a ON b (a_id);
        """);

    assertThat(JsonSchemaCheck.published("expected-schema.schema.json").problems(writer.write(schema))).isEmpty();
  }

  private void assertRoundTrip(Dialect dialect, String sql) throws InputException {
    Schema schema = replay(dialect, sql);
    String yaml = writer.write(schema, List.of("round trip"));

    ExpectedSchema loaded = new ExpectedSchemaLoader().parse(yaml, "snapshot.yml", Dialect.POSTGRESQL);

    assertThat(loaded.dialect()).isEqualTo(dialect);
    assertThat(loaded.tables()).extracting(ExpectedTable::path)
        .containsExactlyInAnyOrderElementsOf(schema.tables().keySet());
    for (ExpectedTable expected : loaded.tables()) {
      assertMatches(expected, schema.table(expected.path()).orElseThrow(), yaml);
    }
  }

  /** Every attribute the snapshot states is exactly the table's: nothing left open, nothing different. */
  private static void assertMatches(ExpectedTable expected, Table table, String yaml) {
    String where = table.path() + " in\n" + yaml;
    assertThat(expected.required()).as(where).isTrue();
    assertThat(expected.columns()).as(where).hasSameSizeAs(table.columns());
    for (int i = 0; i < table.columns().size(); i++) {
      Column column = table.columns().get(i);
      ExpectedColumn read = expected.columns().get(i);
      assertThat(read.name()).as(where).isEqualTo(column.name());
      assertThat(read.type()).as(where).contains(column.type());
      assertThat(read.nullable()).as(where).contains(column.nullable());
      assertThat(read.defaultExpression()).as(where).isEqualTo(column.defaultExpression());
      assertThat(read.defaultExpression().isPresent() || read.hasDefault().orElse(false)).as(where)
          .isEqualTo(column.hasDefault());
    }
    assertThat(expected.primaryKey().map(k -> k.columns()))
        .as(where).isEqualTo(table.primaryKey().map(k -> k.columns()));
    List<ExpectedIndex> indexes = table.indexes().stream()
        .filter(i -> i.predicate().isEmpty() && i.keys().stream().noneMatch(k -> k.expression()))
        .map(ExpectedSchemaYamlWriterTest::asExpected).toList();
    List<ExpectedIndex> uniques = table.uniqueConstraints().stream().map(ExpectedSchemaYamlWriterTest::asExpected)
        .toList();
    assertThat(expected.indexes()).as(where).usingRecursiveFieldByFieldElementComparatorIgnoringFields("span")
        .containsExactlyElementsOf(concat(indexes, uniques));
    assertThat(expected.foreignKeys()).as(where).usingRecursiveFieldByFieldElementComparatorIgnoringFields("span")
        .containsExactlyElementsOf(table.foreignKeys().stream().map(ExpectedSchemaYamlWriterTest::asExpected)
            .toList());
  }

  private static ExpectedIndex asExpected(Index index) {
    return new ExpectedIndex(Optional.of(index.name()), index.columnNames(),
        Optional.of(true).filter(u -> index.unique()), index.span().orElseThrow());
  }

  private static ExpectedIndex asExpected(UniqueConstraint unique) {
    return new ExpectedIndex(Optional.empty(), unique.columns(), Optional.of(true), unique.span().orElseThrow());
  }

  private static ExpectedForeignKey asExpected(ForeignKey key) {
    return new ExpectedForeignKey(Optional.empty(), key.columns(), key.referencedTable(), key.referencedColumns(),
        Optional.of(key.onDelete()).filter(a -> a != ReferentialAction.NO_ACTION),
        Optional.of(key.onUpdate()).filter(a -> a != ReferentialAction.NO_ACTION), key.span().orElseThrow());
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }

  private static Schema replay(Dialect dialect, String sql) {
    ReplayResult result = new SqlReplayer(dialect).replay(List.of(new SqlSourceFile("V1__init.sql", sql)));
    assertThat(result.problems()).as("the test's SQL replays cleanly").isEmpty();
    return result.schema();
  }
}
