package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;

/** The lexical rules of one dialect that decide where a semicolon may end a statement. */
record SqlSyntax(Dialect dialect) {

  SqlSyntax {
    requireNonNull(dialect, "no dialect given");
  }

  /** MySQL's {@code 'it\'s'}; elsewhere a backslash in a plain string is just a character. */
  boolean backslashEscapes() {
    return dialect.isMysqlFamily();
  }

  /** MySQL reads {@code "..."} as a string (with backslash escapes) unless ANSI_QUOTES is on. */
  boolean doubleQuotedStrings() {
    return dialect.isMysqlFamily();
  }

  /** PostgreSQL's {@code E'it\'s'}. */
  boolean escapeStrings() {
    return dialect == Dialect.POSTGRESQL;
  }

  boolean backtickIdentifiers() {
    return dialect.isMysqlFamily() || dialect == Dialect.SQLITE;
  }

  /** SQLite accepts SQL Server's {@code [name]}; elsewhere brackets are array subscripts. */
  boolean bracketIdentifiers() {
    return dialect == Dialect.SQLITE;
  }

  boolean hashComments() {
    return dialect.isMysqlFamily();
  }

  /** H2 also ends a comment at the line's end after {@code //}. */
  boolean slashLineComments() {
    return dialect == Dialect.H2;
  }

  /** MySQL reads {@code 1--1} as one minus minus one; only {@code --} and a blank start a comment. */
  boolean dashCommentNeedsBlank() {
    return dialect.isMysqlFamily();
  }

  boolean nestedBlockComments() {
    return dialect == Dialect.POSTGRESQL;
  }

  /** MySQL runs {@code /*!50001 CREATE VIEW ... *}{@code /} (mysqldump writes them), so it is no comment. */
  boolean executableComments() {
    return dialect.isMysqlFamily();
  }

  boolean dollarQuotes() {
    return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2;
  }

  /** PostgreSQL's {@code $tag$...$tag$}; H2 knows only {@code $$...$$}. */
  boolean dollarTags() {
    return dialect == Dialect.POSTGRESQL;
  }

  /** The mysql client's {@code DELIMITER //} lines. */
  boolean delimiterCommand() {
    return dialect.isMysqlFamily();
  }

  /** MariaDB's {@code BEGIN NOT ATOMIC ... END} outside any CREATE. */
  boolean anonymousBlocks() {
    return dialect.isMysqlFamily();
  }
}
