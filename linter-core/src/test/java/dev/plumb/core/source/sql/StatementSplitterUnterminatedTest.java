package dev.plumb.core.source.sql;

import static dev.plumb.core.model.Dialect.MYSQL;
import static dev.plumb.core.model.Dialect.POSTGRESQL;
import static dev.plumb.core.model.Dialect.SQLITE;
import static dev.plumb.core.source.sql.Splits.describe;
import static dev.plumb.core.source.sql.Splits.split;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text that ends inside a construct: the rest becomes the last statement, with a problem at the opening. */
class StatementSplitterUnterminatedTest {

  @Test
  void dollarQuote() {
    String sql = """
        SELECT 1;
        CREATE FUNCTION f() RETURNS int
        AS  $body$ BEGIN RETURN 1; END; $bod$;
        SELECT 2;
        """;

    SplitResult result = split(POSTGRESQL, sql);

    assertThat(describe(result)).containsExactly(
        "1:1-1:8 SELECT 1",
        "2:1-4:9 CREATE FUNCTION f() RETURNS int\nAS  $body$ BEGIN RETURN 1; END; $bod$;\nSELECT 2;");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 3:5, statement 2:1-4:9: unterminated dollar-quoted string $body$ (opened at 3:5)");
  }

  @Test
  void stringLiteral() {
    SplitResult result = split(POSTGRESQL, "SELECT 1;\nSELECT 'abc;\nSELECT 2;\n");

    assertThat(describe(result)).containsExactly("1:1-1:8 SELECT 1", "2:1-3:9 SELECT 'abc;\nSELECT 2;");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 2:8, statement 2:1-3:9: unterminated string literal (opened at 2:8)");
  }

  @Test
  void mysqlBackslashEscapesTheClosingQuote() {
    SplitResult result = split(MYSQL, "SELECT 'a\\'; SELECT 2;");

    assertThat(describe(result)).containsExactly("1:1-1:22 SELECT 'a\\'; SELECT 2;");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 1:8, statement 1:1-1:22: unterminated string literal (opened at 1:8)");
  }

  @Test
  void escapeString() {
    SplitResult result = split(POSTGRESQL, "SELECT E'abc\\';");

    assertThat(describe(result)).containsExactly("1:1-1:15 SELECT E'abc\\';");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 1:8, statement 1:1-1:15: unterminated escape string literal (opened at 1:8)");
  }

  @Test
  void quotedIdentifier() {
    SplitResult result = split(SQLITE, "SELECT 1;\r\n  SELECT \"abc;\r\n");

    assertThat(describe(result)).containsExactly("1:1-1:8 SELECT 1", "2:3-2:14 SELECT \"abc;");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 2:10, statement 2:3-2:14: unterminated quoted identifier (opened at 2:10)");
  }

  @Test
  void blockCommentInsideAStatement() {
    SplitResult result = split(MYSQL, "SELECT 1 /* never closed; SELECT 2;");

    assertThat(describe(result)).containsExactly("1:1-1:35 SELECT 1 /* never closed; SELECT 2;");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 1:10, statement 1:1-1:35: unterminated block comment (opened at 1:10)");
  }

  @Test
  void blockCommentAfterTheLastStatementGivesOnlyAProblem() {
    SplitResult result = split(POSTGRESQL, "SELECT 1;\n/* a /* b */ SELECT 2;\n");

    assertThat(describe(result)).containsExactly("1:1-1:8 SELECT 1");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 2:1, statement 2:1-2:22: unterminated block comment (opened at 2:1)");
  }

  @Test
  void triggerBodyWithoutEnd() {
    SplitResult result = split(SQLITE, "CREATE TRIGGER t AFTER INSERT ON x BEGIN\n  DELETE FROM y;\nSELECT 1;\n");

    assertThat(describe(result)).containsExactly(
        "1:1-3:9 CREATE TRIGGER t AFTER INSERT ON x BEGIN\n  DELETE FROM y;\nSELECT 1;");
    assertThat(result.problems()).extracting(Splits::describe).containsExactly(
        "at 1:36, statement 1:1-3:9: unterminated BEGIN ... END block (opened at 1:36)");
  }
}
