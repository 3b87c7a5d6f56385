package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each column and constraint is placed at its own element, and expressions keep the text written. */
class ElementSpansTest {

  private static final String V1 = "V1__payments.sql";
  private static final String V2 = "V2__changes.sql";

  private static final String PAYMENTS = """
      -- Payments, with tricky columns

      CREATE TABLE payments (id bigint GENERATED ALWAYS AS IDENTITY,
          "amount, net" numeric(10, 2) NOT NULL CHECK ("amount, net" > 0),
          currency text DEFAULT coalesce(current_setting('app.currency', true), 'EUR'),
          -- a comment, with a comma (and a parenthesis
          note text DEFAULT 'a, b' /* trailing, comment */ NOT NULL,
          status text DEFAULT 'pending'::text
              CHECK (status IN ('pending', 'paid')),
          retry_after interval DEFAULT INTERVAL '1 day',
          expires interval DEFAULT interval '2 days',
          doubled numeric GENERATED ALWAYS AS ("amount, net"  * 2) STORED,
          created_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT payments_pkey PRIMARY KEY (id),
          CONSTRAINT payments_positive CHECK (
              "amount, net" < 1000000  -- a cap
              AND currency <> ''
          ),
          FOREIGN KEY (currency)
              REFERENCES currencies (code),
          UNIQUE (note, status)
      );
      """;

  @Test
  void createTable_placesEachColumnFromItsNameToTheEndOfItsDefinition() {
    ReplayResult result = replay(Dialect.POSTGRESQL, V1, PAYMENTS);

    assertThat(result.problems()).isEmpty();
    Table payments = table(result, "public", "payments");
    assertThat(payments.span()).contains(span(V1, 3, 1, 22, 1));
    assertThat(payments.columns()).extracting(Column::name, Column::span).containsExactly(
        tuple("id", Optional.of(span(V1, 3, 24, 3, 61))),
        tuple("amount, net", Optional.of(span(V1, 4, 5, 4, 67))),
        tuple("currency", Optional.of(span(V1, 5, 5, 5, 80))),
        tuple("note", Optional.of(span(V1, 7, 5, 7, 61))),
        tuple("status", Optional.of(span(V1, 8, 5, 9, 45))),
        tuple("retry_after", Optional.of(span(V1, 10, 5, 10, 49))),
        tuple("expires", Optional.of(span(V1, 11, 5, 11, 46))),
        tuple("doubled", Optional.of(span(V1, 12, 5, 12, 67))),
        tuple("created_at", Optional.of(span(V1, 13, 5, 13, 49))));
    assertThat(result.schema().sequences().get(ObjectPath.of("public", "payments_id_seq")))
        .extracting(Sequence::span).isEqualTo(Optional.of(span(V1, 3, 24, 3, 61)));
  }

  @Test
  void createTable_keepsDefaultsAndGenerationAsWritten() {
    Table payments = table(replay(Dialect.POSTGRESQL, V1, PAYMENTS), "public", "payments");

    assertThat(payments.columns()).extracting(Column::name, Column::defaultExpression).containsExactly(
        tuple("id", Optional.empty()),
        tuple("amount, net", Optional.empty()),
        tuple("currency", Optional.of("coalesce(current_setting('app.currency', true), 'EUR')")),
        tuple("note", Optional.of("'a, b'")),
        tuple("status", Optional.of("'pending'::text")),
        tuple("retry_after", Optional.of("INTERVAL '1 day'")),
        tuple("expires", Optional.of("interval '2 days'")),
        tuple("doubled", Optional.empty()),
        tuple("created_at", Optional.of("now()")));
    assertThat(payments.column("doubled").flatMap(Column::generationExpression)).contains("\"amount, net\"  * 2");
  }

  @Test
  void createTable_placesTableConstraintsAtTheirClauseAndInlineOnesAtTheirColumn() {
    Table payments = table(replay(Dialect.POSTGRESQL, V1, PAYMENTS), "public", "payments");

    assertThat(payments.primaryKey()).map(PrimaryKey::span).contains(Optional.of(span(V1, 14, 5, 14, 45)));
    assertThat(payments.checks()).containsExactly(
        new CheckConstraint(Optional.of("payments_amount, net_check"), "\"amount, net\" > 0", true,
            Optional.of(span(V1, 4, 5, 4, 67))),
        new CheckConstraint(Optional.of("payments_status_check"), "status IN ('pending', 'paid')", true,
            Optional.of(span(V1, 8, 5, 9, 45))),
        new CheckConstraint(Optional.of("payments_positive"), "\"amount, net\" < 1000000  \n"
            + "        AND currency <> ''", true, Optional.of(span(V1, 15, 5, 18, 5))));
    assertThat(payments.foreignKeys()).extracting(ForeignKey::name, ForeignKey::span)
        .containsExactly(tuple(Optional.of("payments_currency_fkey"), Optional.of(span(V1, 19, 5, 20, 36))));
    assertThat(payments.uniqueConstraints()).extracting(UniqueConstraint::name, UniqueConstraint::span)
        .containsExactly(tuple(Optional.of("payments_note_status_key"), Optional.of(span(V1, 21, 5, 21, 25))));
  }

  @Test
  void createTable_withWindowsLineEndings_countsLinesAndColumnsTheSame() {
    ReplayResult result = replay(Dialect.POSTGRESQL, V1,
        "-- header\r\nCREATE TABLE t (\r\n  id int,\r\n  name text DEFAULT 'x'\r\n    NOT NULL,\r\n"
            + "  CHECK (name <> '')\r\n);\r\n");

    Table t = table(result, "public", "t");
    assertThat(t.span()).contains(span(V1, 2, 1, 7, 1));
    assertThat(t.columns()).extracting(Column::name, Column::span, Column::defaultExpression).containsExactly(
        tuple("id", Optional.of(span(V1, 3, 3, 3, 8)), Optional.empty()),
        tuple("name", Optional.of(span(V1, 4, 3, 5, 12)), Optional.of("'x'")));
    assertThat(t.checks()).extracting(CheckConstraint::span, CheckConstraint::expression)
        .containsExactly(tuple(Optional.of(span(V1, 6, 3, 6, 20)), "name <> ''"));
  }

  @Test
  void createTable_commasAndParenthesesInDollarQuotesEscapeStringsNestedCommentsAndQuotedNames() {
    ReplayResult result = replay(Dialect.POSTGRESQL, V1, PAYMENTS, V2, """
        CREATE TABLE notes (body text DEFAULT $$a, (b$$ NOT NULL, /* nested /* comment, */ still ( one */ tag text
            DEFAULT E'it''s, (ok', "odd)name" int CHECK ("odd)name" > 0), LIKE payments);
        """);

    assertThat(result.problems()).isEmpty();
    Table notes = table(result, "public", "notes");
    assertThat(notes.columns()).extracting(Column::name, Column::span, Column::defaultExpression).startsWith(
        tuple("body", Optional.of(span(V2, 1, 21, 1, 56)), Optional.of("$$a, (b$$")),
        tuple("tag", Optional.of(span(V2, 1, 99, 2, 25)), Optional.of("E'it''s, (ok'")),
        tuple("odd)name", Optional.of(span(V2, 2, 28, 2, 64)), Optional.empty()),
        tuple("id", Optional.of(span(V2, 2, 67, 2, 79)), Optional.empty()));
    assertThat(notes.checks()).extracting(CheckConstraint::expression).containsExactly("\"odd)name\" > 0");
  }

  @Test
  void alterTable_placesWhatEachActionAddsAtThatAction() {
    ReplayResult result = replay(Dialect.POSTGRESQL, V1, PAYMENTS, V2, """
        ALTER TABLE payments
            ADD COLUMN refunded_at timestamptz DEFAULT NULL,
            ALTER COLUMN note SET DATA TYPE varchar(200),
            ALTER COLUMN currency SET DEFAULT  'USD' ,
            ADD CONSTRAINT payments_refund_after CHECK (refunded_at >  created_at) NOT VALID,
            ADD CONSTRAINT payments_currency_fk FOREIGN KEY (currency) REFERENCES currencies (code);
        ALTER TABLE payments ADD COLUMN a int DEFAULT 1, ADD COLUMN b int, ADD UNIQUE (a, b);
        """);

    assertThat(result.problems()).isEmpty();
    Table payments = table(result, "public", "payments");
    assertThat(payments.column("refunded_at")).map(Column::span).contains(Optional.of(span(V2, 2, 5, 2, 51)));
    assertThat(payments.column("refunded_at")).flatMap(Column::defaultExpression).contains("NULL");
    assertThat(payments.column("note")).map(c -> c.type().toSql()).contains("character varying(200)");
    assertThat(payments.column("note")).map(Column::span).contains(Optional.of(span(V1, 7, 5, 7, 61)));
    assertThat(payments.column("currency")).flatMap(Column::defaultExpression).contains("'USD'");
    assertThat(payments.checks()).filteredOn(c -> c.name().equals(Optional.of("payments_refund_after")))
        .containsExactly(new CheckConstraint(Optional.of("payments_refund_after"), "refunded_at >  created_at",
            false, Optional.of(span(V2, 5, 5, 5, 84))));
    assertThat(payments.foreignKeys()).extracting(ForeignKey::name, ForeignKey::span).contains(
        tuple(Optional.of("payments_currency_fk"), Optional.of(span(V2, 6, 5, 6, 91))));
    assertThat(payments.column("a")).map(Column::span).contains(Optional.of(span(V2, 7, 22, 7, 47)));
    assertThat(payments.column("b")).map(Column::span).contains(Optional.of(span(V2, 7, 50, 7, 65)));
    assertThat(payments.uniqueConstraints()).extracting(UniqueConstraint::name, UniqueConstraint::span).contains(
        tuple(Optional.of("payments_a_b_key"), Optional.of(span(V2, 7, 68, 7, 84))));
  }

  @Test
  void createIndex_keepsKeyExpressionsAndPredicateAsWritten() {
    ReplayResult result = replay(Dialect.POSTGRESQL, V1, PAYMENTS, V2, """
        CREATE INDEX payments_open ON payments (lower( note ), (id + 1) DESC, status text_pattern_ops)
            WHERE  note IS NULL -- only open ones
              AND status <> 'paid';
        """);

    assertThat(result.problems()).isEmpty();
    Index index = table(result, "public", "payments").index("payments_open").orElseThrow();
    assertThat(index.keys()).containsExactly(IndexKey.expression("lower( note )"), new IndexKey("id + 1", true, true),
        IndexKey.column("status"));
    assertThat(index.predicate()).contains("note IS NULL \n      AND status <> 'paid'");
    assertThat(index.span()).contains(span(V2, 1, 1, 3, 26));
  }

  @Test
  void createView_keepsTheQueryAsWritten_withoutCommentsAndCheckOption() {
    ReplayResult result = replay(Dialect.POSTGRESQL, V1, PAYMENTS, V2, """
        CREATE VIEW open_payments AS
          select id, note   -- the note
          from payments /* all of them */ where note is null
          WITH LOCAL CHECK OPTION;
        """);

    assertThat(result.problems()).isEmpty();
    View view = result.schema().views().get(ObjectPath.of("public", "open_payments"));
    assertThat(view.definition()).contains("select id, note   \n  from payments  where note is null");
    assertThat(view.span()).contains(span(V2, 1, 1, 4, 25));
  }

  @Test
  void mysql_backticksHashCommentsOnUpdateAndParenthesizedAddColumns() {
    ReplayResult result = replay(Dialect.MYSQL, V1, """
        CREATE TABLE `events` (
          `id` INT NOT NULL AUTO_INCREMENT, # the key, really
          `at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
          `kind` VARCHAR(20) DEFAULT 'a,b' COMMENT 'kind, of event',
          PRIMARY KEY (`id`),
          KEY `events_kind` (`kind`)
        ) ENGINE=InnoDB;
        ALTER TABLE `events` ADD (`x` INT DEFAULT 0, `y` INT), ADD INDEX `events_at` (`at`);
        """);

    assertThat(result.problems()).isEmpty();
    Table events = table(result, "", "events");
    assertThat(events.columns()).extracting(Column::name, Column::span, Column::defaultExpression).containsExactly(
        tuple("id", Optional.of(span(V1, 2, 3, 2, 34)), Optional.empty()),
        tuple("at", Optional.of(span(V1, 3, 3, 3, 79)), Optional.of("CURRENT_TIMESTAMP")),
        tuple("kind", Optional.of(span(V1, 4, 3, 4, 59)), Optional.of("'a,b'")),
        tuple("x", Optional.of(span(V1, 8, 27, 8, 43)), Optional.of("0")),
        tuple("y", Optional.of(span(V1, 8, 46, 8, 52)), Optional.empty()));
    assertThat(events.primaryKey()).map(PrimaryKey::span).contains(Optional.of(span(V1, 5, 3, 5, 20)));
    assertThat(events.indexes()).extracting(Index::name, Index::span).containsExactly(
        tuple("events_kind", Optional.of(span(V1, 6, 3, 6, 28))),
        tuple("events_at", Optional.of(span(V1, 8, 56, 8, 83))));
  }

  private static ReplayResult replay(Dialect dialect, String... namesAndContents) {
    List<SqlSourceFile> files = new ArrayList<>();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      files.add(new SqlSourceFile(namesAndContents[i], namesAndContents[i + 1]));
    }
    return new SqlReplayer(dialect).replay(files);
  }

  private static Table table(ReplayResult result, String schema, String name) {
    return result.schema().table(ObjectPath.of(schema, name))
        .orElseThrow(() -> new AssertionError("no table " + name));
  }

  private static SourceSpan span(String file, int line, int column, int endLine, int endColumn) {
    return new SourceSpan(file, line, column, endLine, endColumn);
  }
}
