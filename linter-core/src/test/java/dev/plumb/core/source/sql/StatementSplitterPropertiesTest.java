package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StatementSplitterPropertiesTest {

  // No statement here ends in a line comment: the joining semicolon would land inside it.
  private static final List<String> POSTGRES = List.of(
      "SELECT 1",
      "SELECT 'a;b', 'it''s;'",
      "SELECT E'\\';', e'x\\\\'",
      "SELECT 'back\\'",
      "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
      "DO $tag$\nBEGIN\n  RAISE NOTICE '$$;';\nEND\n$tag$",
      "SELECT $1, a$b$ FROM t$2",
      "CREATE TABLE \"x;\"\"y\" (\n  id int -- a comment; with a semicolon\n)",
      "SELECT 1 /* outer /* inner; */ ; */ + 2",
      "CREATE FUNCTION g() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 END;\nEND",
      "SELECT ';'\r\n  FROM t\rWHERE x = '\r\n'",
      "BEGIN",
      "COMMIT",
      "SELECT 1 # 2");
  private static final List<String> MYSQL = List.of(
      "SELECT 1",
      "SELECT 'it\\'s; here', \"dq;\\\"\", 'a''b;'",
      "CREATE TABLE `a;b` (`c``;` int)",
      "SELECT 1--1",
      "SELECT 1 # hash; comment\n  + 2",
      "SELECT 1 /* a /* b; */",
      "/*!40101 SET NAMES utf8 */",
      "CREATE PROCEDURE p()\nBEGIN\n  IF 1 THEN SELECT 1; END IF;\n  CASE WHEN 1 THEN SELECT 2; END CASE;\nEND",
      "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END",
      "CREATE TABLE event (begin int)",
      "BEGIN",
      "START TRANSACTION",
      "COMMIT");
  private static final List<String> SQLITE = List.of(
      "SELECT 1",
      "CREATE TABLE [a;b] (`c;` int, \"d;\" text DEFAULT 'e;')",
      "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET x = CASE WHEN 1 THEN 'a;' END;\nEND",
      "SELECT 1 /* a /* b; */",
      "BEGIN TRANSACTION",
      "END");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

  record Script(Dialect dialect, List<String> statements, boolean finalSemicolon) {
  }

  @Property
  void joinedStatementsSplitBackExactly(@ForAll("scripts") Script script) {
    String sql = String.join(";\n", script.statements()) + (script.finalSemicolon() ? ";\n" : "");

    SplitResult result = Splits.split(script.dialect(), sql);

    assertThat(result.problems()).isEmpty();
    assertThat(result.statements()).extracting(SqlStatement::text).containsExactlyElementsOf(script.statements());
    int offset = 0;
    for (SqlStatement statement : result.statements()) {
      assertThat(statement.offset()).isEqualTo(offset);
      assertThat(statement.span().line()).isEqualTo(1 + lineBreaks(sql.substring(0, offset)));
      assertThat(statement.span().endLine()).isEqualTo(1 + lineBreaks(sql.substring(0, offset + statement.text().length())));
      offset += statement.text().length() + 2;
    }
  }

  @Property
  void anyTextSplitsWithoutFailingIntoOrderedTrimmedStatements(
      @ForAll("dialects") Dialect dialect, @ForAll("sqlNoise") String sql) {
    SplitResult result = Splits.split(dialect, sql);

    int previousEnd = 0;
    for (SqlStatement statement : result.statements()) {
      assertThat(statement.offset()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(statement.text()).isNotBlank();
      assertThat(SqlLexer.isBlank(statement.text().charAt(0))).isFalse();
      assertThat(SqlLexer.isBlank(statement.text().charAt(statement.text().length() - 1))).isFalse();
      previousEnd = statement.offset() + statement.text().length();
    }
  }

  @Provide
  Arbitrary<Script> scripts() {
    return Arbitraries.of(Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.MARIADB, Dialect.SQLITE).flatMap(dialect -> {
      List<String> pool = switch (dialect) {
        case POSTGRESQL -> POSTGRES;
        case SQLITE -> SQLITE;
        default -> MYSQL;
      };
      return Combinators.combine(Arbitraries.of(pool).list().ofMaxSize(12), Arbitraries.of(true, false))
          .as((statements, finalSemicolon) -> new Script(dialect, statements, finalSemicolon));
    });
  }

  @Provide
  Arbitrary<Dialect> dialects() {
    return Arbitraries.of(Dialect.class);
  }

  @Provide
  Arbitrary<String> sqlNoise() {
    return Arbitraries.of("'", "\"", "`", "[", "]", "$$", "$a$", "$1", "/*", "*/", "/*!", "--", "-- ", "#", "\n",
            "\r", "\r\n", "\t", ";", ";;", "//", "E'", "\\", "BEGIN", "END", "CASE", "IF", "ATOMIC", "NOT",
            "CREATE TRIGGER", "CREATE FUNCTION", "DELIMITER //\n", "DELIMITER\n", " ", "x", "1", "\uFEFF")
        .list().ofMaxSize(40).map(parts -> String.join("", new ArrayList<>(parts)));
  }

  private static int lineBreaks(String text) {
    Matcher matcher = LINE_BREAK.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
