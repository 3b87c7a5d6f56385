package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WrittenStatementTest {

  @Test
  void tableElements_splitOnlyAtCommasOutsideBracketsStringsQuotesDollarQuotesAndComments() {
    WrittenStatement statement = written(Dialect.POSTGRESQL, """
        CREATE TABLE t (a int[] DEFAULT ARRAY[1, 2], b text DEFAULT f('x, y', "c,d"),
          c text DEFAULT $tag$e, (f$tag$ -- g, h (
          , d int /* i, j ) */)""");

    assertThat(ElementLayout.tableElements(statement)).extracting(statement::slice).containsExactly(
        "a int[] DEFAULT ARRAY[1, 2]", "b text DEFAULT f('x, y', \"c,d\")", "c text DEFAULT $tag$e, (f$tag$",
        "d int");
  }

  @Test
  void alterActions_startAfterTheTableName() {
    WrittenStatement statement = written(Dialect.POSTGRESQL,
        "ALTER TABLE IF EXISTS ONLY app.\"Odd, name\" * ADD COLUMN a int, DROP COLUMN b");

    assertThat(ElementLayout.alterActions(statement)).extracting(statement::slice)
        .containsExactly("ADD COLUMN a int", "DROP COLUMN b");
  }

  @Test
  void mysql_hashCommentsAndDoubleQuotedStringsAreNoStructure() {
    WrittenStatement statement = written(Dialect.MYSQL, """
        CREATE TABLE t (a text DEFAULT "x, (y" # b, c (
        , d int)""");

    assertThat(ElementLayout.tableElements(statement)).extracting(statement::slice)
        .containsExactly("a text DEFAULT \"x, (y\"", "d int");
  }

  @Test
  void slice_dropsCommentsKeepsLayoutAndSeparatesTokensACommentJoined() {
    WrittenStatement statement = written(Dialect.POSTGRESQL, "SELECT a/*x*/b,  c -- d\n   + e /* f */");

    assertThat(statement.slice(statement.all())).isEqualTo("SELECT a b,  c \n   + e");
  }

  @Test
  void span_continuesTheStatementsFirstLineAndCountsLaterLinesFromColumnOne() {
    WrittenStatement statement = WrittenStatement.of(new SqlStatement("CREATE TABLE t (a int,\r\n  b int)",
        new SourceSpan("f.sql", 4, 7, 5, 8), 40), new SqlSyntax(Dialect.POSTGRESQL));

    List<WrittenStatement.Range> elements = ElementLayout.tableElements(statement);
    assertThat(elements).extracting(statement::span).containsExactly(
        Optional.of(new SourceSpan("f.sql", 4, 23, 4, 27)),
        Optional.of(new SourceSpan("f.sql", 5, 3, 5, 7)));
  }

  private static WrittenStatement written(Dialect dialect, String text) {
    return WrittenStatement.of(new SqlStatement(text, SourceSpan.fileStart("f.sql"), 0), new SqlSyntax(dialect));
  }
}
