package dev.plumb.core.source.sql;

import static dev.plumb.core.model.Dialect.H2;
import static dev.plumb.core.model.Dialect.MARIADB;
import static dev.plumb.core.model.Dialect.MYSQL;
import static dev.plumb.core.model.Dialect.POSTGRESQL;
import static dev.plumb.core.model.Dialect.SQLITE;
import static dev.plumb.core.source.sql.Splits.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Quoting, comments and positions; bodies and unterminated input have their own tests. */
class StatementSplitterTest {

  @Test
  void splitsOnSemicolonsWithSpansFromFirstToLastCharacter() {
    String sql = """
        SELECT 1;
        SELECT 2
          FROM t;
        """;

    assertThat(statements(POSTGRESQL, sql)).containsExactly(
        "1:1-1:8 SELECT 1",
        "2:1-3:8 SELECT 2\n  FROM t");
    assertThat(new StatementSplitter(POSTGRESQL).split("f.sql", sql).statements().get(1).offset()).isEqualTo(10);
  }

  @Test
  void lastStatementNeedsNoSemicolon() {
    assertThat(statements(POSTGRESQL, "SELECT 1;\nSELECT 2\n\n")).containsExactly(
        "1:1-1:8 SELECT 1",
        "2:1-2:8 SELECT 2");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void emptyStatementsAndCommentsAloneGiveNothing(Dialect dialect) {
    String sql = """
        ;;
          ;
        -- only a comment; really
        /* and another; */
        """;

    assertThat(statements(dialect, sql)).isEmpty();
    assertThat(statements(dialect, "")).isEmpty();
  }

  @Test
  void leadingCommentsAreDroppedAndInnerOnesKept() {
    String sql = """
        -- create the table
        /* block */ CREATE TABLE t ( -- inline
          id int /* kept */
        )
        -- trailing, before the semicolon
        ;
        """;

    assertThat(statements(POSTGRESQL, sql)).containsExactly(
        "2:13-5:33 CREATE TABLE t ( -- inline\n  id int /* kept */\n)\n-- trailing, before the semicolon");
  }

  @Test
  void semicolonsInStringsWithDoubledQuotes() {
    String sql = """
        INSERT INTO t VALUES ('a;b', 'it''s; ok');
        SELECT 'x'
        """;

    assertThat(statements(POSTGRESQL, sql)).containsExactly(
        "1:1-1:41 INSERT INTO t VALUES ('a;b', 'it''s; ok')",
        "2:1-2:10 SELECT 'x'");
  }

  @Test
  void postgresEscapeStringsTakeBackslashesPlainStringsDoNot() {
    String sql = """
        SELECT E'it\\'s; still a string', e'\\\\'; SELECT 'a\\'; SELECT 2;
        """;

    assertThat(statements(POSTGRESQL, sql)).containsExactly(
        "1:1-1:38 SELECT E'it\\'s; still a string', e'\\\\'",
        "1:41-1:51 SELECT 'a\\'",
        "1:54-1:61 SELECT 2");
  }

  @Test
  void dollarQuotedBodiesHoldSemicolonsAndPositionalParametersAreNoQuotes() {
    String sql = """
        CREATE FUNCTION f() RETURNS int AS $$
        BEGIN
          RETURN 1; -- ;
        END;
        $$ LANGUAGE plpgsql;
        DO $body$ BEGIN PERFORM '$$;'; END $body$;
        SELECT $1, a$b$ FROM t$1; SELECT 2;
        """;

    assertThat(statements(POSTGRESQL, sql)).containsExactly(
        "1:1-5:19 CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1; -- ;\nEND;\n$$ LANGUAGE plpgsql",
        "6:1-6:41 DO $body$ BEGIN PERFORM '$$;'; END $body$",
        "7:1-7:24 SELECT $1, a$b$ FROM t$1",
        "7:27-7:34 SELECT 2");
  }

  @Test
  void h2KnowsDollarQuotesWithoutTags() {
    String sql = """
        CREATE ALIAS f AS $$ String f() { return ";"; } $$;
        SELECT 1;
        """;

    assertThat(statements(H2, sql)).containsExactly(
        "1:1-1:50 CREATE ALIAS f AS $$ String f() { return \";\"; } $$",
        "2:1-2:8 SELECT 1");
  }

  @Test
  void h2SlashesStartALineComment() {
    assertThat(statements(H2, "// drop; nothing\nSELECT 1 // one;\n;")).containsExactly("2:1-2:16 SELECT 1 // one;");
    assertThat(statements(POSTGRESQL, "SELECT 4 // 2;")).containsExactly("1:1-1:13 SELECT 4 // 2");
  }

  @Test
  void postgresBlockCommentsNest() {
    String sql = """
        /* outer /* inner; */ still comment; */ SELECT 1 /* a /* b */ ; */ + 2;
        SELECT 3;
        """;

    assertThat(statements(POSTGRESQL, sql)).containsExactly(
        "1:41-1:70 SELECT 1 /* a /* b */ ; */ + 2",
        "2:1-2:8 SELECT 3");
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB", "SQLITE", "H2"})
  void blockCommentsElsewhereEndAtTheFirstClose(Dialect dialect) {
    assertThat(statements(dialect, "SELECT 1 /* a /* b */ ; SELECT 2;")).containsExactly(
        "1:1-1:21 SELECT 1 /* a /* b */",
        "1:25-1:32 SELECT 2");
  }

  @Test
  void quotedIdentifiersHoldSemicolons() {
    String sql = """
        CREATE TABLE "semi;colon" ("say ""hi;""\" int);
        SELECT 1;
        """;

    assertThat(statements(POSTGRESQL, sql)).containsExactly(
        "1:1-1:45 CREATE TABLE \"semi;colon\" (\"say \"\"hi;\"\"\" int)",
        "2:1-2:8 SELECT 1");
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
  void mysqlBackticksBackslashesAndDoubleQuotedStrings(Dialect dialect) {
    String sql = """
        CREATE TABLE `a;b` (`c``;` int);
        SELECT 'it\\'s; a string', "say \\"hi;\\"", 'a\\\\';
        """;

    assertThat(statements(dialect, sql)).containsExactly(
        "1:1-1:31 CREATE TABLE `a;b` (`c``;` int)",
        "2:1-2:46 SELECT 'it\\'s; a string', \"say \\\"hi;\\\"\", 'a\\\\'");
  }

  @Test
  void sqliteBracketsAndBackticksQuoteIdentifiers() {
    assertThat(statements(SQLITE, "CREATE TABLE [a;b] (`c;` int); SELECT 1;")).containsExactly(
        "1:1-1:29 CREATE TABLE [a;b] (`c;` int)",
        "1:32-1:39 SELECT 1");
  }

  @Test
  void mysqlHashCommentsAndDashCommentsThatNeedABlank() {
    String sql = """
        # a hash comment; not a statement
        SELECT 1--1;
        SELECT 2 -- real comment;
        ;
        """;

    assertThat(statements(MYSQL, sql)).containsExactly(
        "2:1-2:11 SELECT 1--1",
        "3:1-3:25 SELECT 2 -- real comment;");
  }

  @Test
  void postgresDashCommentsNeedNoBlankAndHashIsAnOperator() {
    assertThat(statements(POSTGRESQL, "SELECT 1 # 2;\nSELECT 1--1;\nSELECT 2;")).containsExactly(
        "1:1-1:12 SELECT 1 # 2",
        "2:1-3:8 SELECT 1--1;\nSELECT 2");
  }

  @Test
  void mysqlExecutableCommentsAreStatements() {
    String sql = """
        /*!40101 SET NAMES utf8 */;
        /* plain */ SELECT 1;
        """;

    assertThat(statements(MARIADB, sql)).containsExactly(
        "1:1-1:26 /*!40101 SET NAMES utf8 */",
        "2:13-2:20 SELECT 1");
  }

  @Test
  void crlfAndLoneCrLineEndings() {
    assertThat(statements(POSTGRESQL, "SELECT 1;\r\n\r\nSELECT\r\n  2;\r\nSELECT 3")).containsExactly(
        "1:1-1:8 SELECT 1",
        "3:1-4:3 SELECT\r\n  2",
        "5:1-5:8 SELECT 3");
    assertThat(statements(SQLITE, "SELECT 1;\rSELECT 2;\r")).containsExactly(
        "1:1-1:8 SELECT 1",
        "2:1-2:8 SELECT 2");
  }

  @Test
  void aTabIsOneColumnAndABomIsNoStatement() {
    assertThat(statements(POSTGRESQL, "\uFEFF\tSELECT\t1;")).containsExactly("1:3-1:10 SELECT\t1");
  }

  @Test
  void rejectsMissingArguments() {
    assertThatThrownBy(() -> new StatementSplitter(null)).hasMessage("no dialect given");
    assertThatThrownBy(() -> new StatementSplitter(POSTGRESQL).split(null, "")).hasMessage("no file given");
    assertThatThrownBy(() -> new StatementSplitter(POSTGRESQL).split("f", null)).hasMessage("no content given");
  }
}
