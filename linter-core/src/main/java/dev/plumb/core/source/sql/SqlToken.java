package dev.plumb.core.source.sql;

/**
 * One token of a statement's text: a bare word, a quoted run (string, quoted identifier, dollar body or
 * parameter), a single symbol such as {@code (} or {@code ,}, or a comment.
 *
 * @param start the offset of its first character in the text it was cut from
 * @param end the offset just after its last character
 */
record SqlToken(Kind kind, int start, int end) {

  enum Kind { WORD, QUOTED, SYMBOL, COMMENT }

  boolean isComment() {
    return kind == Kind.COMMENT;
  }
}
