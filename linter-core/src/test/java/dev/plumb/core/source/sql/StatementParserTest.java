package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import org.junit.jupiter.api.Test;

class StatementParserTest {

  private final StatementParser postgres = new StatementParser(Dialect.POSTGRESQL, Duration.ofSeconds(5));

  @Test
  void textAfterACompleteStatement_isNotUnderstood() {
    // JSqlParser returns the SELECT and silently ignores what follows the semicolon.
    ParseOutcome outcome = postgres.parse("SELECT 1; DROP TABLE users");

    assertThat(outcome).isEqualTo(new ParseOutcome.Rejected(
        "Encountered unexpected token: \"DROP\" after a complete statement", 1, 11, 1, 14));
  }

  @Test
  void trailingSemicolonAndComment_areStillUnderstood() {
    assertThat(postgres.parse("SELECT 1;")).isInstanceOf(ParseOutcome.Parsed.class);
    assertThat(postgres.parse("SELECT 1 -- the answer")).isInstanceOf(ParseOutcome.Parsed.class);
  }

  @Test
  void syntaxError_givesTheOffendingTokenAndItsPosition() {
    ParseOutcome outcome = postgres.parse("ALTER TABLE t\n  ALTER COLUMN c SET DATA TYPE bigint");

    assertThat(outcome).isEqualTo(new ParseOutcome.Rejected("Encountered unexpected token: \"DATA\"", 2, 22, 2, 25));
  }

  @Test
  void lexicalError_givesItsPosition() {
    ParseOutcome outcome = postgres.parse("SELECT 'unterminated");

    assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
    ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
    assertThat(rejected.reason()).startsWith("Lexical error, Encountered: <EOF>");
    assertThat(rejected.line()).isEqualTo(1);
    assertThat(rejected.column()).isEqualTo(21);
  }

  @Test
  void statementJSqlParserOnlyPassesThroughAsUnsupported_isNotUnderstood() {
    assertThat(postgres.parse("ALTER INDEX users_email_idx SET TABLESPACE fast"))
        .isEqualTo(ParseOutcome.Rejected.atStart("statement not supported by the SQL parser"));
  }

  @Test
  void postgresMode_readsDollarQuotedBodies() {
    ParseOutcome outcome = postgres.parse("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$");

    assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Parsed.class,
        parsed -> assertThat(parsed.statement()).isInstanceOf(CreateFunction.class));
  }

  @Test
  void sqlite_isParsedInAnsiMode_whereDoubleQuotesNameIdentifiers() {
    StatementParser sqlite = new StatementParser(Dialect.SQLITE, Duration.ofSeconds(5));

    assertThat(StatementParser.jsqlDialect(Dialect.SQLITE)).isEqualTo(AbstractJSqlParser.Dialect.ANSI_SQL);
    assertThat(sqlite.parse("CREATE TABLE \"Notes\" (\"Body\" TEXT NOT NULL)"))
        .isInstanceOfSatisfying(ParseOutcome.Parsed.class, parsed -> assertThat(
            ((CreateTable) parsed.statement()).getColumnDefinitions().get(0).getColumnName()).isEqualTo("\"Body\""));
  }

  @Test
  void aStatementThatTakesLongerThanTheLimit_isGivenUpOn() {
    StringBuilder insert = new StringBuilder("INSERT INTO t (a, b) VALUES (0, 'x')");
    for (int row = 1; row < 20_000; row++) {
      insert.append(", (").append(row).append(", 'x')");
    }
    StatementParser impatient = new StatementParser(Dialect.POSTGRESQL, Duration.ofMillis(1));

    assertThat(impatient.parse(insert.toString()))
        .isEqualTo(ParseOutcome.Rejected.atStart("the parser gave up after 1 ms"));
    assertThat(postgres.parse("SELECT 1")).isInstanceOf(ParseOutcome.Parsed.class);
  }

  @Test
  void aParserUsedStatementAfterStatement_readsEachAsJSqlParserAloneWould() throws Exception {
    List<String> statements = List.of(
        "CREATE TABLE orders (id bigserial PRIMARY KEY, total numeric(19, 4) CHECK (total >= 0), note text)",
        "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new',"
            + " ADD CONSTRAINT orders_note_key UNIQUE (note)",
        "SELECT 1 garbage here",
        "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (lower(status), id DESC) WHERE status <> 'done'",
        "INSERT INTO orders (total, note) VALUES (1.5, 'a'), (2, NULL) ON CONFLICT DO NOTHING",
        "ALTER TABLE orders ALTER COLUMN note SET DATA TYPE varchar(100)",
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := 1; RETURN NEW; END; $$",
        "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION f()",
        "SELECT CASE WHEN a > 1 THEN (SELECT max(b) FROM u WHERE u.id = t.id) ELSE 0 END FROM t",
        "SELECT 'unterminated",
        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
        "COMMENT ON COLUMN orders.note IS 'free text'",
        "CREATE OR REPLACE VIEW big_orders AS SELECT o.id, o.total FROM orders o WHERE o.total > 100",
        "UPDATE orders SET status = 'done' WHERE id IN (SELECT id FROM orders WHERE total < 0)",
        "ALTER INDEX orders_status_idx SET TABLESPACE fast",
        "DROP TABLE IF EXISTS orders CASCADE");
    List<String> mixed = new ArrayList<>();
    for (int round = 0; round < 3 * ReusableParser.USES / statements.size() + 1; round++) {
      List<String> shuffled = new ArrayList<>(statements);
      Collections.shuffle(shuffled, new Random(round));
      mixed.addAll(shuffled);
    }

    for (String sql : mixed) {
      ParseOutcome outcome = postgres.parse(sql);
      Statement alone = aloneOrNull(sql);
      if (outcome instanceof ParseOutcome.Parsed parsed) {
        assertThat(parsed.statement()).as(sql).hasSameClassAs(alone).hasToString(alone.toString());
      } else {
        assertThat(alone == null || alone instanceof UnsupportedStatement
            || ((ParseOutcome.Rejected) outcome).reason().endsWith("after a complete statement")).as(sql).isTrue();
      }
    }
  }

  private static Statement aloneOrNull(String sql) {
    try {
      return CCJSqlParserUtil.parse(sql, parser -> parser.withDialect(AbstractJSqlParser.Dialect.POSTGRESQL));
    } catch (JSQLParserException e) {
      return null;
    }
  }
}
