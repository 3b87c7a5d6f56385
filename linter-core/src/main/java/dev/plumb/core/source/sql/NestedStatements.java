package dev.plumb.core.source.sql;

import dev.plumb.core.model.SourceSpan;

/** Statements inside another one (the body of a DO block), placed where they are in the file. */
final class NestedStatements {

  private NestedStatements() {
  }

  /** The part {@code start..end} of the outer statement's text as a statement of its own. */
  static SqlStatement part(SqlStatement outer, int start, int end) {
    LineIndex lines = new LineIndex(outer.text());
    SourceSpan whole = outer.span();
    int last = Math.max(start, end - 1);
    SourceSpan span = new SourceSpan(whole.file(), fileLine(whole, lines, start), fileColumn(whole, lines, start),
        fileLine(whole, lines, last), fileColumn(whole, lines, last));
    return new SqlStatement(outer.text().substring(start, end), span, outer.offset() + start);
  }

  private static int fileLine(SourceSpan whole, LineIndex lines, int offset) {
    return whole.line() + lines.line(offset) - 1;
  }

  private static int fileColumn(SourceSpan whole, LineIndex lines, int offset) {
    return lines.line(offset) == 1 ? whole.column() + lines.column(offset) - 1 : lines.column(offset);
  }
}
