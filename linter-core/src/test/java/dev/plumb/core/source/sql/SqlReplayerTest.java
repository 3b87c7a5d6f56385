package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.EnumType;
import dev.plumb.core.model.Extension;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlReplayerTest {

  private static final String V1 = "db/V1__init.sql";
  private static final String V2 = "db/V2__changes.sql";

  private static final String INIT = """
      -- Core tables
      CREATE EXTENSION IF NOT EXISTS pgcrypto;

      CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');

      CREATE TABLE users (
          id serial PRIMARY KEY,
          email varchar(255) NOT NULL UNIQUE,
          display_name text,
          created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE orders (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          user_id int4 NOT NULL REFERENCES users (id) ON DELETE CASCADE,
          status order_status NOT NULL DEFAULT 'pending',
          total numeric(10, 2) CHECK (total >= 0),
          note TEXT NULL,
          CONSTRAINT orders_note_length CHECK (char_length(note) < 500)
      );
      """;

  @Test
  void createTable_buildsColumnsWithNormalizedTypesNullabilityDefaultsAndKeys() {
    ReplayResult result = replay(V1, INIT);

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements()).isEqualTo(4);
    assertThat(result.understood()).isEqualTo(4);
    SourceSpan usersSpan = span(V1, 6, 1, 11, 1);
    SourceSpan usersId = span(V1, 7, 5, 7, 25);
    SourceSpan usersEmail = span(V1, 8, 5, 8, 38);
    Table users = table(result, "users");
    assertThat(users.columns()).containsExactly(
        new Column(path("users", "id"), DataType.of("integer"), false, Optional.of("nextval('users_id_seq')"),
            ColumnGeneration.NONE, Optional.empty(), Optional.empty(), Optional.of(usersId)),
        new Column(path("users", "email"), DataType.of("character varying").withLength(255), false,
            Optional.empty(), ColumnGeneration.NONE, Optional.empty(), Optional.empty(), Optional.of(usersEmail)),
        Column.of(path("users", "display_name"), DataType.of("text"), true)
            .withSpan(Optional.of(span(V1, 9, 5, 9, 21))),
        Column.of(path("users", "created_at"), DataType.of("timestamp with time zone"), false)
            .withDefault(Optional.of("now()")).withSpan(Optional.of(span(V1, 10, 5, 10, 49))));
    assertThat(users.primaryKey())
        .contains(new PrimaryKey(Optional.of("users_pkey"), List.of("id"), Optional.of(usersId)));
    assertThat(users.uniqueConstraints()).containsExactly(
        new UniqueConstraint(Optional.of("users_email_key"), List.of("email"), Optional.of(usersEmail)));
    assertThat(users.span()).contains(usersSpan);

    SourceSpan ordersSpan = span(V1, 13, 1, 20, 1);
    Table orders = table(result, "orders");
    assertThat(orders.columns()).extracting(Column::name, c -> c.type().toSql(), Column::nullable,
            Column::defaultExpression, Column::generation)
        .containsExactly(
            tuple("id", "bigint", false, Optional.empty(), ColumnGeneration.IDENTITY_ALWAYS),
            tuple("user_id", "integer", false, Optional.empty(), ColumnGeneration.NONE),
            tuple("status", "order_status", false, Optional.of("'pending'"), ColumnGeneration.NONE),
            tuple("total", "numeric(10,2)", true, Optional.empty(), ColumnGeneration.NONE),
            tuple("note", "text", true, Optional.empty(), ColumnGeneration.NONE));
    assertThat(orders.primaryKey()).map(PrimaryKey::name).contains(Optional.of("orders_pkey"));
    assertThat(orders.span()).contains(ordersSpan);
    assertThat(orders.foreignKeys()).containsExactly(new ForeignKey(Optional.of("orders_user_id_fkey"),
        List.of("user_id"), tablePath("users"), List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION,
        true, Optional.of(span(V1, 15, 5, 15, 65))));
    assertThat(orders.checks()).containsExactly(
        new CheckConstraint(Optional.of("orders_total_check"), "total >= 0", true,
            Optional.of(span(V1, 17, 5, 17, 43))),
        new CheckConstraint(Optional.of("orders_note_length"), "char_length(note) < 500", true,
            Optional.of(span(V1, 19, 5, 19, 65))));

    Schema schema = result.schema();
    assertThat(schema.sequences().values()).containsExactly(
        new Sequence(ObjectPath.of("public", "users_id_seq"), Optional.of(DataType.of("integer")), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(path("users", "id")), Optional.of(usersId)),
        new Sequence(ObjectPath.of("public", "orders_id_seq"), Optional.of(DataType.of("bigint")), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(path("orders", "id")),
            Optional.of(span(V1, 14, 5, 14, 54))));
    assertThat(schema.enumTypes().values()).containsExactly(new EnumType(ObjectPath.of("public", "order_status"),
        List.of("pending", "paid", "shipped"), Optional.of(span(V1, 4, 1, 4, 63))));
    assertThat(schema.extensions().values())
        .containsExactly(new Extension("pgcrypto", Optional.empty(), Optional.of(span(V1, 2, 1, 2, 39))));
  }

  @Test
  void createTable_tableLevelKeysMakePrimaryKeyColumnsNotNull_andNameUnnamedConstraintsLikePostgres() {
    ReplayResult result = replay(V1, """
        CREATE TABLE memberships (
            CONSTRAINT memberships_team_fk FOREIGN KEY (team_id) REFERENCES teams ON UPDATE SET NULL,
            user_id bigint,
            team_id bigint,
            role text DEFAULT 'member'::text CHECK (role IN ('member', 'owner')),
            CHECK (user_id <> team_id),
            PRIMARY KEY (user_id, team_id),
            UNIQUE (team_id, role)
        );
        """);

    Table memberships = table(result, "memberships");
    assertThat(memberships.columns()).extracting(Column::name, Column::nullable, Column::defaultExpression)
        .containsExactly(tuple("user_id", false, Optional.empty()), tuple("team_id", false, Optional.empty()),
            tuple("role", true, Optional.of("'member'::text")));
    assertThat(memberships.primaryKey()).map(PrimaryKey::name).contains(Optional.of("memberships_pkey"));
    assertThat(memberships.primaryKey()).map(PrimaryKey::columns).contains(List.of("user_id", "team_id"));
    assertThat(memberships.uniqueConstraints()).extracting(UniqueConstraint::name, UniqueConstraint::columns)
        .containsExactly(tuple(Optional.of("memberships_team_id_role_key"), List.of("team_id", "role")));
    assertThat(memberships.foreignKeys()).extracting(ForeignKey::name, ForeignKey::referencedTable,
            ForeignKey::referencedColumns, ForeignKey::onDelete, ForeignKey::onUpdate)
        .containsExactly(tuple(Optional.of("memberships_team_fk"), tablePath("teams"), List.of(),
            ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL));
    assertThat(memberships.checks()).extracting(CheckConstraint::name, CheckConstraint::expression)
        .containsExactly(tuple(Optional.of("memberships_role_check"), "role IN ('member', 'owner')"),
            tuple(Optional.of("memberships_check"), "user_id <> team_id"));
  }

  @Test
  void createTable_generatedColumnsIdentityByDefaultAndIfNotExists() {
    ReplayResult result = replay(V1, """
        CREATE TABLE people (
            id integer GENERATED BY DEFAULT AS IDENTITY,
            first_name text NOT NULL,
            last_name text NOT NULL,
            full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED
        );
        CREATE TABLE IF NOT EXISTS people (other int);
        """);

    Table people = table(result, "people");
    assertThat(people.columns()).extracting(Column::name, Column::nullable, Column::generation,
            Column::generationExpression)
        .containsExactly(
            tuple("id", false, ColumnGeneration.IDENTITY_BY_DEFAULT, Optional.empty()),
            tuple("first_name", false, ColumnGeneration.NONE, Optional.empty()),
            tuple("last_name", false, ColumnGeneration.NONE, Optional.empty()),
            tuple("full_name", true, ColumnGeneration.STORED, Optional.of("first_name || ' ' || last_name")));
    assertThat(result.schema().sequences()).containsOnlyKeys(ObjectPath.of("public", "people_id_seq"));
  }

  @Test
  void createIndex_namedUnnamedUniqueExpressionPartialDescendingAndMethod() {
    ReplayResult result = replay(V1, INIT, V2, """
        CREATE INDEX orders_user_id_idx ON orders (user_id);
        CREATE UNIQUE INDEX ON users (lower(email));
        CREATE INDEX CONCURRENTLY ON orders USING btree (status, id DESC)
            WHERE status <> 'shipped';
        CREATE INDEX ON orders (user_id);
        CREATE INDEX orders_note_trgm ON public.orders USING GIN (note gin_trgm_ops);
        """);

    assertThat(result.problems()).isEmpty();
    assertThat(table(result, "users").indexes()).containsExactly(new Index(ObjectPath.of("public", "users_lower_idx"),
        tablePath("users"), List.of(IndexKey.expression("lower(email)")), true, Optional.empty(), Optional.empty(),
        true, Optional.of(span(V2, 2, 1, 2, 43))));
    assertThat(table(result, "orders").indexes()).containsExactly(
        new Index(ObjectPath.of("public", "orders_user_id_idx"), tablePath("orders"),
            List.of(IndexKey.column("user_id")), false, Optional.empty(), Optional.empty(), true,
            Optional.of(span(V2, 1, 1, 1, 51))),
        new Index(ObjectPath.of("public", "orders_status_id_idx"), tablePath("orders"),
            List.of(IndexKey.column("status"), new IndexKey("id", false, true)), false,
            Optional.of("status <> 'shipped'"), Optional.of("btree"), true, Optional.of(span(V2, 3, 1, 4, 29))),
        new Index(ObjectPath.of("public", "orders_user_id_idx1"), tablePath("orders"),
            List.of(IndexKey.column("user_id")), false, Optional.empty(), Optional.empty(), true,
            Optional.of(span(V2, 5, 1, 5, 32))),
        new Index(ObjectPath.of("public", "orders_note_trgm"), tablePath("orders"),
            List.of(IndexKey.column("note")), false, Optional.empty(), Optional.of("gin"), true,
            Optional.of(span(V2, 6, 1, 6, 76))));
  }

  @Test
  void alterTable_columnChangesConstraintsAndRenamesApplyInOrder() {
    ReplayResult result = replay(V1, INIT, V2, """
        CREATE INDEX orders_user_idx ON orders (user_id);
        ALTER TABLE users ADD COLUMN last_login timestamp(3) with time zone;
        ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;
        ALTER TABLE orders
            ADD COLUMN shipped_at timestamptz,
            ALTER COLUMN note SET DATA TYPE varchar(500),
            ALTER COLUMN total SET NOT NULL,
            ALTER COLUMN status DROP DEFAULT,
            ALTER COLUMN user_id DROP NOT NULL;
        ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2), ALTER COLUMN note SET DEFAULT '';
        ALTER TABLE users RENAME COLUMN id TO user_id;
        ALTER TABLE users ADD CONSTRAINT users_name_key UNIQUE (display_name);
        ALTER TABLE orders ADD CONSTRAINT orders_total_max CHECK (total < 100000) NOT VALID;
        ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;
        ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (user_id)
            ON DELETE SET NULL NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
        ALTER TABLE orders RENAME CONSTRAINT orders_note_length TO orders_note_max;
        """);

    assertThat(result.problems()).isEmpty();
    Table users = table(result, "users");
    assertThat(users.columns()).extracting(Column::name, c -> c.type().toSql())
        .containsExactly(tuple("user_id", "integer"), tuple("email", "character varying(255)"),
            tuple("display_name", "text"), tuple("created_at", "timestamp with time zone"),
            tuple("last_login", "timestamp(3) with time zone"));
    assertThat(users.column("last_login")).map(Column::span).contains(Optional.of(span(V2, 2, 19, 2, 67)));
    assertThat(users.primaryKey()).map(PrimaryKey::columns).contains(List.of("user_id"));
    assertThat(users.uniqueConstraints()).extracting(UniqueConstraint::name, UniqueConstraint::columns)
        .containsExactly(tuple(Optional.of("users_email_key"), List.of("email")),
            tuple(Optional.of("users_name_key"), List.of("display_name")));
    assertThat(result.schema().sequences().get(ObjectPath.of("public", "users_id_seq")).ownedBy())
        .contains(path("users", "user_id"));

    Table orders = table(result, "orders");
    assertThat(orders.columns()).extracting(Column::name, c -> c.type().toSql(), Column::nullable,
            Column::defaultExpression)
        .containsExactly(
            tuple("id", "bigint", false, Optional.empty()),
            tuple("user_id", "integer", true, Optional.empty()),
            tuple("status", "order_status", false, Optional.empty()),
            tuple("total", "numeric(12,2)", false, Optional.empty()),
            tuple("note", "character varying(500)", true, Optional.of("''")),
            tuple("shipped_at", "timestamp with time zone", true, Optional.empty()));
    assertThat(orders.foreignKeys()).containsExactly(new ForeignKey(Optional.of("orders_user_fk"),
        List.of("user_id"), tablePath("users"), List.of("user_id"), ReferentialAction.SET_NULL,
        ReferentialAction.NO_ACTION, true, Optional.of(span(V2, 15, 20, 16, 32))));
    assertThat(orders.checks()).extracting(CheckConstraint::name, CheckConstraint::valid)
        .containsExactly(tuple(Optional.of("orders_total_check"), true), tuple(Optional.of("orders_note_max"), true),
            tuple(Optional.of("orders_total_max"), false));
    assertThat(orders.indexes()).extracting(Index::name, Index::columnNames)
        .containsExactly(tuple("orders_user_idx", List.of("user_id")));
  }

  @Test
  void renameTable_foreignKeysOwnedSequencesAndTriggersFollowIt() {
    ReplayResult result = replay(V1, INIT, V2, """
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
        ALTER TABLE users RENAME TO accounts;
        """);

    Schema schema = result.schema();
    assertThat(schema.tables()).containsOnlyKeys(tablePath("accounts"), tablePath("orders"));
    Table accounts = table(result, "accounts");
    assertThat(accounts.columns()).extracting(Column::path).first().isEqualTo(path("accounts", "id"));
    assertThat(accounts.primaryKey()).map(PrimaryKey::name).contains(Optional.of("users_pkey"));
    assertThat(table(result, "orders").foreignKeys()).extracting(ForeignKey::referencedTable)
        .containsExactly(tablePath("accounts"));
    assertThat(schema.sequences().get(ObjectPath.of("public", "users_id_seq")).ownedBy())
        .contains(path("accounts", "id"));
    assertThat(schema.triggers()).containsOnlyKeys(path("accounts", "users_touch"));
    assertThat(schema.triggers().get(path("accounts", "users_touch")).table()).isEqualTo(tablePath("accounts"));
  }

  @Test
  void drops_removeObjectsAndWhatDependsOnThem() {
    ReplayResult result = replay(V1, INIT, V2, """
        CREATE INDEX orders_note_idx ON orders (note);
        CREATE INDEX orders_status_idx ON orders (status);
        CREATE VIEW paid_orders AS SELECT * FROM orders WHERE status = 'paid';
        CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) FROM orders GROUP BY user_id;
        CREATE SEQUENCE invoice_numbers;
        ALTER TABLE orders DROP COLUMN note;
        DROP INDEX orders_status_idx;
        DROP VIEW paid_orders;
        DROP MATERIALIZED VIEW IF EXISTS order_totals;
        DROP SEQUENCE invoice_numbers;
        ALTER TABLE users DROP CONSTRAINT users_email_key;
        DROP TABLE IF EXISTS users CASCADE;
        DROP TYPE IF EXISTS order_status;
        """);

    assertThat(result.problems()).isEmpty();
    Schema schema = result.schema();
    assertThat(schema.tables()).containsOnlyKeys(tablePath("orders"));
    Table orders = table(result, "orders");
    assertThat(orders.columns()).extracting(Column::name).containsExactly("id", "user_id", "status", "total");
    assertThat(orders.checks()).extracting(CheckConstraint::name).containsExactly(Optional.of("orders_total_check"));
    assertThat(orders.indexes()).isEmpty();
    assertThat(orders.foreignKeys()).isEmpty();
    assertThat(schema.views()).isEmpty();
    assertThat(schema.sequences()).containsOnlyKeys(ObjectPath.of("public", "orders_id_seq"));
    assertThat(schema.enumTypes()).isEmpty();
  }

  @Test
  void viewsSequencesSchemasRoutinesTriggersAndComments() {
    ReplayResult result = replay(V1, INIT, V2, """
        CREATE SCHEMA IF NOT EXISTS billing;
        CREATE TABLE billing."Invoices" ("Id" serial PRIMARY KEY, Amount numeric);
        CREATE OR REPLACE VIEW active_users (id, mail) AS SELECT id, email FROM users;
        CREATE SEQUENCE billing.invoice_no AS bigint START WITH 1000 INCREMENT BY 10 MAXVALUE 999999
            OWNED BY billing."Invoices"."Id";
        CREATE OR REPLACE FUNCTION billing.total(user_id integer, since timestamp with time zone DEFAULT now())
            RETURNS numeric(12, 2) LANGUAGE sql STABLE AS $$ SELECT sum(total) FROM orders $$;
        CREATE TRIGGER orders_audit AFTER INSERT OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION audit();
        COMMENT ON TABLE users IS 'People who can log in';
        COMMENT ON COLUMN users.email IS 'Lower-case, it''s unique';
        COMMENT ON VIEW active_users IS 'Last 30 days';
        """);

    assertThat(result.problems()).isEmpty();
    Schema schema = result.schema();
    assertThat(schema.namespaces()).containsExactly("public", "billing");
    Table invoices = schema.table(ObjectPath.of("billing", "Invoices")).orElseThrow();
    assertThat(invoices.columns()).extracting(Column::name, Column::defaultExpression)
        .containsExactly(tuple("Id", Optional.of("nextval('billing.\"Invoices_Id_seq\"')")),
            tuple("amount", Optional.empty()));
    assertThat(schema.views().values()).singleElement().satisfies(view -> {
      assertThat(view.path()).isEqualTo(ObjectPath.of("public", "active_users"));
      assertThat(view.columns()).containsExactly("id", "mail");
      assertThat(view.definition()).contains("SELECT id, email FROM users");
      assertThat(view.materialized()).isFalse();
      assertThat(view.comment()).contains("Last 30 days");
    });
    assertThat(schema.sequences().get(ObjectPath.of("billing", "invoice_no"))).isEqualTo(new Sequence(
        ObjectPath.of("billing", "invoice_no"), Optional.of(DataType.of("bigint")), Optional.of(1000L),
        Optional.of(10L), Optional.of(999999L), Optional.of(ObjectPath.of("billing", "Invoices", "Id")),
        Optional.of(span(V2, 4, 1, 5, 36))));
    assertThat(schema.routines().values()).singleElement().satisfies(routine -> {
      assertThat(routine.signature()).isEqualTo("billing.total(integer, timestamp with time zone)");
      assertThat(routine.returnType()).contains("numeric(12,2)");
      assertThat(routine.language()).contains("sql");
    });
    assertThat(schema.triggers().values()).singleElement().satisfies(trigger -> {
      assertThat(trigger.path()).isEqualTo(path("orders", "orders_audit"));
      assertThat(trigger.timing()).isEqualTo("AFTER");
      assertThat(trigger.events()).containsExactly("INSERT", "DELETE");
      assertThat(trigger.function()).contains(ObjectPath.of("public", "audit"));
    });
    assertThat(table(result, "users").comment()).contains("People who can log in");
    assertThat(table(result, "users").column("email").flatMap(Column::comment)).contains("Lower-case, it's unique");
  }

  @Test
  void spans_pointAtEachStatementInItsOwnFile() {
    ReplayResult result = replay(V1, """
        /* header comment */
        CREATE TABLE a (id int);

           CREATE TABLE b (
             id int
           ) ;
        """, V2, """
        -- one
        -- two
        ALTER TABLE a ADD COLUMN name text; CREATE INDEX a_name ON a (name);
        """);

    assertThat(table(result, "a").span()).contains(span(V1, 2, 1, 2, 23));
    assertThat(table(result, "b").span()).contains(span(V1, 4, 4, 6, 4));
    assertThat(table(result, "a").column("name").flatMap(Column::span)).contains(span(V2, 3, 15, 3, 34));
    assertThat(table(result, "a").index("a_name").flatMap(Index::span)).contains(span(V2, 3, 37, 3, 67));
    assertThat(result.files()).extracting(ReplayedFile::displayName).containsExactly(V1, V2);
    assertThat(result.files().get(1).statements()).extracting(SqlStatement::span)
        .containsExactly(span(V2, 3, 1, 3, 34), span(V2, 3, 37, 3, 67));
  }

  @Test
  void parseError_isReportedAtItsFilePosition_andLaterStatementsStillApply() {
    ReplayResult result = replay(V1, "CREATE TABLE a (id int);\n", V2, """
        ALTER TABLE a ADD COLUMN x int;
        CREATE TABLE broken (
            id int,
            price numeric(10, 2) CHECK (price > 0 AND),
            name text
        );
        ALTER TABLE a ADD COLUMN y int;
        """);

    assertThat(result.problems()).containsExactly(new SourceProblem(SourceProblem.SQL_PARSE_ERROR,
        "could not parse statement: Encountered unexpected token: \")\"", span(V2, 4, 46, 4, 46),
        span(V2, 2, 1, 6, 1)));
    assertThat(result.statements()).isEqualTo(4);
    assertThat(result.understood()).isEqualTo(3);
    assertThat(result.schema().tables()).containsOnlyKeys(tablePath("a"));
    assertThat(table(result, "a").columns()).extracting(Column::name).containsExactly("id", "x", "y");
  }

  @Test
  void parseError_atEndOfStatement_pointsAtItsLastCharacter() {
    ReplayResult result = replay(V1, "SELECT 1;\n  CREATE TABLE t (id int\n;\n");

    assertThat(result.problems()).extracting(SourceProblem::message, SourceProblem::span)
        .containsExactly(tuple("could not parse statement: Encountered unexpected end of statement",
            span(V1, 2, 24, 2, 24)));
  }

  @Test
  void fallback_understandsTransactionControlSettingsAndKnownParserGaps() {
    ReplayResult result = replay(V1, INIT, V2, """
        BEGIN;
        SET search_path TO public;
        SET LOCAL lock_timeout TO '5s';
        CREATE SEQUENCE IF NOT EXISTS users_id_seq START WITH 500;
        CREATE SEQUENCE IF NOT EXISTS invoice_no START WITH 500;
        CREATE INDEX users_created_idx ON users (created_at);
        ALTER INDEX users_created_idx RENAME TO users_created_at_idx;
        DROP INDEX CONCURRENTLY IF EXISTS users_missing_idx;
        ALTER TABLE orders ALTER COLUMN note SET DATA TYPE varchar(100);
        COMMENT ON FUNCTION now() IS 'clock';
        DROP TYPE IF EXISTS order_status CASCADE;
        COMMIT;
        """);

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements()).isEqualTo(16);
    assertThat(result.understood()).isEqualTo(16);
    Schema schema = result.schema();
    assertThat(schema.sequences().get(ObjectPath.of("public", "users_id_seq")).start()).isEmpty();
    assertThat(schema.sequences().get(ObjectPath.of("public", "invoice_no")).start()).contains(500L);
    assertThat(table(result, "users").indexes()).extracting(Index::name).containsExactly("users_created_at_idx");
    assertThat(table(result, "orders").column("note")).map(c -> c.type().toSql())
        .contains("character varying(100)");
    assertThat(schema.enumTypes()).isEmpty();
  }

  @Test
  void statementsOnUnknownTables_changeNothingAndDoNotFail() {
    ReplayResult result = replay(V1, """
        ALTER TABLE missing ADD COLUMN x int;
        ALTER TABLE missing RENAME TO found;
        CREATE INDEX missing_x ON missing (x);
        COMMENT ON TABLE missing IS 'nothing';
        DROP TABLE missing;
        DROP INDEX missing_x;
        INSERT INTO missing (x) VALUES (1);
        """);

    assertThat(result.problems()).isEmpty();
    assertThat(result.understood()).isEqualTo(7);
    assertThat(result.schema().tables()).isEmpty();
  }

  @Test
  void mysql_backticksAutoIncrementInlineKeysAndModify() {
    ReplayResult result = new SqlReplayer(Dialect.MYSQL).replay(List.of(new SqlSourceFile("V1__users.sql", """
        CREATE TABLE `Users` (
          `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
          `email` VARCHAR(255) NOT NULL,
          PRIMARY KEY (`id`),
          UNIQUE KEY `uk_email` (`email`),
          KEY (`email`, `id`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        ALTER TABLE `Users` MODIFY COLUMN email VARCHAR(100) NULL;
        """)));

    assertThat(result.problems()).isEmpty();
    Table users = result.schema().table(ObjectPath.of("", "Users")).orElseThrow();
    assertThat(users.columns()).extracting(Column::name, c -> c.type().toSql(), Column::nullable,
            Column::generation)
        .containsExactly(tuple("id", "int unsigned", false, ColumnGeneration.IDENTITY_BY_DEFAULT),
            tuple("email", "varchar(100)", true, ColumnGeneration.NONE));
    assertThat(users.primaryKey()).map(PrimaryKey::name).contains(Optional.of("PRIMARY"));
    assertThat(users.uniqueConstraints()).extracting(UniqueConstraint::name).containsExactly(Optional.of("uk_email"));
    assertThat(users.indexes()).extracting(Index::name, Index::columnNames)
        .containsExactly(tuple("email", List.of("email", "id")));
    assertThat(result.schema().sequences()).isEmpty();
  }

  private static ReplayResult replay(String... namesAndContents) {
    List<SqlSourceFile> files = new ArrayList<>();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      files.add(new SqlSourceFile(namesAndContents[i], namesAndContents[i + 1]));
    }
    return new SqlReplayer(Dialect.POSTGRESQL).replay(files);
  }

  private static Table table(ReplayResult result, String name) {
    return result.schema().table(tablePath(name)).orElseThrow(() -> new AssertionError("no table " + name));
  }

  private static ObjectPath tablePath(String name) {
    return ObjectPath.of("public", name);
  }

  private static ObjectPath path(String table, String column) {
    return ObjectPath.of("public", table, column);
  }

  private static SourceSpan span(String file, int line, int column, int endLine, int endColumn) {
    return new SourceSpan(file, line, column, endLine, endColumn);
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
