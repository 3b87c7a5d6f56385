package dev.plumb.core.source.sql;

import java.util.Optional;
import java.util.Set;

/**
 * SQLite lets a column go without a type ({@code CREATE TABLE sqlite_sequence(name, seq)}, the shadow tables of
 * full-text indexes); such a column has BLOB affinity. JSqlParser cannot read a column without a type, so the
 * rewrite writes {@code BLOB} after each one.
 */
final class SqliteTypelessColumns {

  private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK",
      "FOREIGN");
  private static final Set<String> COLUMN_CONSTRAINTS = Set.of("PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
      "DEFAULT", "REFERENCES", "COLLATE", "CONSTRAINT", "GENERATED", "AS");

  private SqliteTypelessColumns() {
  }

  /** The CREATE TABLE with a type after every column that has none, or empty if there is no such column. */
  static Optional<String> typed(TokenCursor t) {
    if (!t.accept("CREATE")) {
      return Optional.empty();
    }
    t.acceptAny("TEMP", "TEMPORARY");
    if (!t.accept("TABLE")) {
      return Optional.empty();
    }
    t.accept("IF", "NOT", "EXISTS");
    if (t.qualifiedName().isEmpty() && !t.string()) {
      return Optional.empty();
    }
    int open = t.position();
    int close = t.closing(open);
    if (close < 0) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    String text = t.text();
    int copied = 0;
    int elementStart = open + 1;
    int depth = 0;
    for (int i = open + 1; i <= close; i++) {
      boolean elementEnds = i == close || depth == 0 && t.isSymbol(i, ',');
      if (t.isSymbol(i, '(')) {
        depth++;
      } else if (t.isSymbol(i, ')') && i < close) {
        depth--;
      }
      if (elementEnds) {
        if (isTypeless(t, elementStart, i)) {
          out.append(text, copied, t.end(elementStart)).append(" BLOB");
          copied = t.end(elementStart);
        }
        elementStart = i + 1;
      }
    }
    if (copied == 0) {
      return Optional.empty();
    }
    return Optional.of(out.append(text.substring(copied)).toString());
  }

  private static boolean isTypeless(TokenCursor t, int from, int to) {
    if (to <= from || !(t.isName(from) || t.isString(from))) {
      return false;
    }
    if (TABLE_CONSTRAINTS.stream().anyMatch(w -> t.isWord(from, w)) && to > from + 1) {
      return false;
    }
    return to == from + 1 || COLUMN_CONSTRAINTS.stream().anyMatch(w -> t.isWord(from + 1, w));
  }
}
