package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;

/**
 * One statement cut from a SQL file, without its terminating semicolon, with leading comments and blank
 * lines removed.
 *
 * @param span from the statement's first character to its last (the semicolon excluded)
 * @param offset the character offset of the statement's first character in the file
 */
public record SqlStatement(String text, SourceSpan span, int offset) {

  public SqlStatement {
    requireNonNull(text, "no text given");
    requireNonNull(span, "no span given");
  }
}
