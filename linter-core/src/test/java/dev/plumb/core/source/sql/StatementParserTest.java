package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import java.time.Duration;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
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
}
