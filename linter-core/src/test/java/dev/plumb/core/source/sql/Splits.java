package dev.plumb.core.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import java.util.List;

/** Splits test input and writes each statement as {@code line:column-endLine:endColumn text} for exact asserts. */
final class Splits {

  static final String FILE = "db/V1__init.sql";

  private Splits() {
  }

  /** The statements of input that must split without problems. */
  static List<String> statements(Dialect dialect, String sql) {
    SplitResult result = split(dialect, sql);
    assertThat(result.problems()).as("problems").isEmpty();
    return describe(result);
  }

  /** Splits and checks what holds for every result: each text is where its offset and span say. */
  static SplitResult split(Dialect dialect, String sql) {
    SplitResult result = new StatementSplitter(dialect).split(FILE, sql);
    LineIndex lines = new LineIndex(sql);
    for (SqlStatement statement : result.statements()) {
      int end = statement.offset() + statement.text().length();
      assertThat(sql.substring(statement.offset(), end)).isEqualTo(statement.text());
      assertThat(statement.span()).isEqualTo(lines.span(FILE, statement.offset(), end));
    }
    return result;
  }

  static List<String> describe(SplitResult result) {
    return result.statements().stream().map(s -> range(s.span()) + " " + s.text()).toList();
  }

  /** A problem as {@code at line:column, statement range: message}. */
  static String describe(SourceProblem problem) {
    assertThat(problem.kind()).isEqualTo(SourceProblem.SQL_PARSE_ERROR);
    assertThat(problem.span().file()).isEqualTo(FILE);
    return "at " + problem.span().line() + ":" + problem.span().column() + ", statement "
        + range(problem.statementSpan()) + ": " + problem.message();
  }

  private static String range(SourceSpan span) {
    return span.line() + ":" + span.column() + "-" + span.endLine() + ":" + span.endColumn();
  }
}
