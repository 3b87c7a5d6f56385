package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites of a statement that JSqlParser 5.4 reads where it cannot read the original, each for a clause the
 * model has no place for or that means the same as one the parser knows: {@code SET DATA TYPE} is
 * {@code TYPE}, SQLite's {@code WITHOUT ROWID} and {@code STRICT} change no column, MySQL's view
 * {@code ALGORITHM} and {@code DEFINER} change no definition. {@link #blanked} keeps every character's position,
 * so what the replay places stays where it is in the file.
 */
final class ParserRewrites {

  private static final Set<String> CONFLICT_ALGORITHMS = Set.of("ROLLBACK", "ABORT", "FAIL", "IGNORE", "REPLACE");

  private final SqlSyntax syntax;
  private final Dialect dialect;

  ParserRewrites(SqlSyntax syntax) {
    this.syntax = syntax;
    this.dialect = syntax.dialect();
  }

  /** The text with every known gap blanked out or spelled the way JSqlParser reads it; the text itself if none. */
  String blanked(String text) {
    TokenCursor tokens = TokenCursor.of(text, syntax);
    TextEdits edits = new TextEdits(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.isWord(i, "SET") && tokens.isWord(i + 1, "DATA") && tokens.isWord(i + 2, "TYPE")) {
        edits.blank(tokens.start(i), tokens.end(i + 1));
      }
      if (dialect == Dialect.POSTGRESQL) {
        postgres(tokens, i, edits);
      } else if (dialect == Dialect.SQLITE) {
        sqlite(tokens, i, edits);
      } else if (dialect.isMysqlFamily()) {
        mysql(tokens, i, edits);
      } else if (dialect == Dialect.H2) {
        h2(tokens, i, edits);
      }
    }
    if (dialect == Dialect.SQLITE) {
      blankSqliteTableOptions(tokens, edits);
    }
    if (dialect.isMysqlFamily()) {
      blankCreateOptions(tokens, edits);
    }
    return edits.result();
  }

  /**
   * Rewrites that move text: H2's {@code DROP TABLE a IF EXISTS} as {@code DROP TABLE IF EXISTS a}, H2's upsert
   * {@code MERGE INTO t (...) KEY (...) VALUES ...} as the INSERT it is to the schema, SQLite's columns without a
   * type given the BLOB type SQLite gives them.
   */
  Optional<String> reordered(String text) {
    if (dialect == Dialect.SQLITE) {
      return SqliteTypelessColumns.typed(TokenCursor.of(text, syntax));
    }
    if (dialect != Dialect.H2) {
      return Optional.empty();
    }
    TokenCursor tokens = TokenCursor.of(text, syntax);
    int last = tokens.size() - 1;
    int ifAt = tokens.isWord(last - 1, "IF") && tokens.isWord(last, "EXISTS") ? last - 1
        : tokens.isWord(last - 2, "IF") && tokens.isWord(last - 1, "EXISTS")
            && (tokens.isWord(last, "CASCADE") || tokens.isWord(last, "RESTRICT")) ? last - 2 : -1;
    if (tokens.isWord(0, "DROP") && ifAt > 2) {
      int namesAt = tokens.isWord(1, "MATERIALIZED") ? 3 : 2;
      return Optional.of(tokens.slice(0, namesAt) + " IF EXISTS " + tokens.slice(namesAt, ifAt) + " "
          + tokens.slice(ifAt + 2, tokens.size()));
    }
    if (tokens.isWord(0, "MERGE") && tokens.isWord(1, "INTO")) {
      for (int i = 2; i < tokens.size(); i++) {
        if (tokens.isWord(i, "KEY") && tokens.isSymbol(i + 1, '(')) {
          int close = tokens.closing(i + 1);
          return close < 0 ? Optional.empty() : Optional.of("INSERT INTO " + tokens.slice(2, i) + " "
              + tokens.slice(close + 1, tokens.size()));
        }
      }
      return Optional.of("INSERT INTO " + tokens.slice(2, tokens.size()));
    }
    return Optional.empty();
  }

  private static void postgres(TokenCursor tokens, int i, TextEdits edits) {
    if (tokens.isWord(i, "DROP") && tokens.isWord(i + 1, "INDEX") && tokens.isWord(i + 2, "CONCURRENTLY")) {
      edits.blank(tokens.start(i + 2), tokens.end(i + 2));
    }
    // Drizzle names the identity's sequence: (sequence name "x" INCREMENT BY 1 ...); the model keeps none of it.
    if (tokens.isWord(i, "AS") && tokens.isWord(i + 1, "IDENTITY") && tokens.isSymbol(i + 2, '(')
        && tokens.isWord(i + 3, "SEQUENCE") && tokens.isWord(i + 4, "NAME")) {
      int close = tokens.closing(i + 2);
      if (close > 0) {
        edits.blank(tokens.start(i + 2), tokens.end(close));
      }
    }
    if (tokens.isWord(i, "CHECK") && tokens.isSymbol(i + 1, '(')) {
      int close = tokens.closing(i + 1);
      if (close > 0 && tokens.isWord(close + 1, "NO") && tokens.isWord(close + 2, "INHERIT")) {
        edits.blank(tokens.start(close + 1), tokens.end(close + 2));
      }
    }
  }

  private static void sqlite(TokenCursor tokens, int i, TextEdits edits) {
    if (tokens.isWord(i, "ON") && tokens.isWord(i + 1, "CONFLICT") && isConflictAlgorithm(tokens, i + 2)) {
      edits.blank(tokens.start(i), tokens.end(i + 2));
    }
    if (i == 0 && (tokens.isWord(0, "INSERT") || tokens.isWord(0, "UPDATE")) && tokens.isWord(1, "OR")
        && isConflictAlgorithm(tokens, 2)) {
      edits.blank(tokens.start(1), tokens.end(2));
    }
    if (i == 0 && tokens.isWord(0, "REPLACE") && tokens.isWord(1, "INTO")) {
      edits.replace(tokens.start(0), "INSERT ");
    }
    if (tokens.isWord(i, "GLOB")) {
      edits.replace(tokens.start(i), "LIKE");
    }
  }

  private void mysql(TokenCursor tokens, int i, TextEdits edits) {
    // MariaDB's IF [NOT] EXISTS on indexes, keys, columns and partitions inside ALTER TABLE and CREATE INDEX.
    boolean afterObjectWord = tokens.isWord(i - 1, "INDEX") || tokens.isWord(i - 1, "KEY")
        || tokens.isWord(i - 1, "COLUMN") || tokens.isWord(i - 1, "PARTITION");
    if (afterObjectWord && tokens.isWord(i, "IF") && tokens.isWord(i + 1, "NOT") && tokens.isWord(i + 2, "EXISTS")) {
      edits.blank(tokens.start(i), tokens.end(i + 2));
    } else if (afterObjectWord && tokens.isWord(i, "IF") && tokens.isWord(i + 1, "EXISTS")) {
      edits.blank(tokens.start(i), tokens.end(i + 1));
    }
    if (i == 0 && tokens.isWord(0, "CREATE") && tokens.isWord(1, "OR") && tokens.isWord(2, "REPLACE")
        && (tokens.isWord(3, "INDEX") || tokens.isWord(4, "INDEX"))) {
      edits.blank(tokens.start(1), tokens.end(2));
    }
    if ((tokens.isWord(i, "WITH") || tokens.isWord(i, "WITHOUT")) && tokens.isWord(i + 1, "SYSTEM")
        && tokens.isWord(i + 2, "VERSIONING")) {
      edits.blank(tokens.start(i), tokens.end(i + 2));
    }
    // mariadb-dump writes CREATE SEQUENCE ... ENGINE=InnoDB; a sequence's storage engine is nothing to the model.
    if (tokens.isWord(i, "ENGINE") && isCreateSequence(tokens)) {
      int value = tokens.isSymbol(i + 1, '=') ? i + 2 : i + 1;
      if (value == tokens.size() - 1) {
        edits.blank(tokens.start(i), tokens.end(value));
      }
    }
    if (i == 0 && tokens.isWord(0, "SET") && tokens.isWord(1, "STATEMENT")) {
      for (int k = 2; k < tokens.size(); k++) {
        if (tokens.isWord(k, "FOR")) {
          edits.blank(tokens.start(0), tokens.end(k));
          break;
        }
      }
    }
  }

  private static boolean isCreateSequence(TokenCursor tokens) {
    return tokens.isWord(0, "CREATE") && (tokens.isWord(1, "SEQUENCE") || tokens.isWord(2, "SEQUENCE")
        || tokens.isWord(3, "SEQUENCE"));
  }

  private static void h2(TokenCursor tokens, int i, TextEdits edits) {
    if (i == 1 && tokens.isWord(0, "CREATE") && (tokens.isWord(1, "LOCAL") || tokens.isWord(1, "GLOBAL"))
        && tokens.isWord(2, "TEMPORARY")) {
      edits.blank(tokens.start(1), tokens.end(1));
    }
    // H2 writes arrays as "VARCHAR(40) ARRAY"; JSqlParser reads "VARCHAR(40)[]".
    if (tokens.isWord(i, "ARRAY") && i > 0 && !tokens.isSymbol(i + 1, '[') && !tokens.isSymbol(i + 1, '(')
        && tokens.start(i) > 0 && tokens.text().charAt(tokens.start(i) - 1) == ' '
        && (tokens.isSymbol(i - 1, ')') || tokens.isName(i - 1))) {
      edits.replace(tokens.start(i) - 1, "[]    ");
    }
    if (tokens.isWord(i, "BEFORE") && tokens.isName(i + 1) && tokens.isWord(0, "ALTER")
        && (tokens.isSymbol(i + 2, ',') || i + 2 == tokens.size())) {
      edits.blank(tokens.start(i), tokens.end(i + 1));
    }
  }

  private static boolean isConflictAlgorithm(TokenCursor tokens, int i) {
    return i < tokens.size() && CONFLICT_ALGORITHMS.stream().anyMatch(a -> tokens.isWord(i, a));
  }

  /** SQLite's {@code ) WITHOUT ROWID, STRICT} after a CREATE TABLE's column list. */
  private static void blankSqliteTableOptions(TokenCursor tokens, TextEdits edits) {
    if (!tokens.isWord(0, "CREATE")) {
      return;
    }
    int open = -1;
    for (int i = 1; i < tokens.size() && open < 0; i++) {
      if (tokens.isWord(i, "AS")) {
        return;
      }
      if (tokens.isSymbol(i, '(')) {
        open = i;
      }
    }
    int close = open < 0 ? -1 : tokens.closing(open);
    if (close < 0 || close + 1 >= tokens.size() || !isTable(tokens, open)) {
      return;
    }
    int k = close + 1;
    while (k < tokens.size()) {
      if (tokens.isWord(k, "WITHOUT") && tokens.isWord(k + 1, "ROWID")) {
        k += 2;
      } else if (tokens.isWord(k, "STRICT") || tokens.isSymbol(k, ',')) {
        k++;
      } else {
        return;
      }
    }
    edits.blank(tokens.start(close + 1), tokens.end(tokens.size() - 1));
  }

  private static boolean isTable(TokenCursor tokens, int before) {
    for (int i = 1; i < before; i++) {
      if (tokens.isWord(i, "TABLE")) {
        return true;
      }
    }
    return false;
  }

  /** MySQL's {@code CREATE [OR REPLACE] ALGORITHM=... DEFINER=... SQL SECURITY ... VIEW|TRIGGER|...}. */
  private static void blankCreateOptions(TokenCursor tokens, TextEdits edits) {
    if (!tokens.isWord(0, "CREATE")) {
      return;
    }
    int i = tokens.isWord(1, "OR") && tokens.isWord(2, "REPLACE") ? 3 : 1;
    int from = i;
    while (i < tokens.size()) {
      if ((tokens.isWord(i, "ALGORITHM") || tokens.isWord(i, "DEFINER")) && tokens.isSymbol(i + 1, '=')) {
        i = afterValue(tokens, i + 2);
      } else if (tokens.isWord(i, "SQL") && tokens.isWord(i + 1, "SECURITY")) {
        i += 3;
      } else {
        break;
      }
    }
    if (i > from && i < tokens.size()) {
      edits.blank(tokens.start(from), tokens.end(i - 1));
    }
  }

  /** After a user such as {@code `app`@`%`}, {@code 'app'@'localhost'}, {@code CURRENT_USER()} or a plain word. */
  private static int afterValue(TokenCursor tokens, int i) {
    int k = i + 1;
    if (tokens.isSymbol(k, '@')) {
      k += 2;
    } else if (tokens.isSymbol(k, '(') && tokens.isSymbol(k + 1, ')')) {
      k += 2;
    }
    return k;
  }
}
