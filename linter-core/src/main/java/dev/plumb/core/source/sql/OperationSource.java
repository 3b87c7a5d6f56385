package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;

/**
 * A statement being read for its operations: its tokens, and the means to turn token positions into file spans
 * and written names into the dialect's catalog names.
 */
final class OperationSource {

  private final SqlStatement statement;
  private final SqlSyntax syntax;
  private final Names names;
  private TokenCursor tokens;
  private LineIndex lines;

  OperationSource(SqlStatement statement, SqlSyntax syntax, Names names) {
    this.statement = statement;
    this.syntax = syntax;
    this.names = names;
  }

  /** Cut on first use, so a grammar that turns a statement down by its text alone costs no tokenizing. */
  TokenCursor tokens() {
    if (tokens == null) {
      tokens = TokenCursor.of(statement.text(), syntax);
    }
    return tokens;
  }

  /** The statement's text as written, for a cheap look before any tokens are cut. */
  String text() {
    return statement.text();
  }

  Dialect dialect() {
    return names.dialect();
  }

  /** The whole statement. */
  SourceSpan span() {
    return statement.span();
  }

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive); the statement's span if that range is empty. */
  SourceSpan span(int from, int to) {
    TokenCursor cut = tokens();
    if (to <= from || to > cut.size()) {
      return statement.span();
    }
    return spanOfOffsets(cut.start(from), cut.end(to - 1) - 1);
  }

  /** One token. */
  SourceSpan tokenSpan(int i) {
    return span(i, i + 1);
  }

  /** The text of tokens {@code from} to {@code to} (exclusive), as written. */
  String text(int from, int to) {
    return tokens().slice(from, to);
  }

  /** A written name as the dialect stores it. */
  String identifier(String written) {
    return names.identifier(written);
  }

  /** A possibly qualified written name as a path, in the default schema where none is written. */
  ObjectPath path(String written) {
    return names.qualified(written);
  }

  private SourceSpan spanOfOffsets(int first, int last) {
    if (lines == null) {
      lines = new LineIndex(statement.text());
    }
    SourceSpan at = statement.span();
    return new SourceSpan(at.file(), fileLine(at, first), fileColumn(at, first), fileLine(at, last),
        fileColumn(at, last));
  }

  /** The statement's text starts at its span's start, so its first line is shifted by that column. */
  private int fileLine(SourceSpan at, int offset) {
    return at.line() + lines.line(offset) - 1;
  }

  private int fileColumn(SourceSpan at, int offset) {
    return lines.line(offset) == 1 ? at.column() + lines.column(offset) - 1 : lines.column(offset);
  }
}
