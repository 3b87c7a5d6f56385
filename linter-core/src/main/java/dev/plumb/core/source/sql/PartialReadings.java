package dev.plumb.core.source.sql;

import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Readings JSqlParser returns without complaint although it skipped part of the statement: SQLite columns
 * without a type ({@code CREATE TABLE t (a, b)} comes back without columns) and SQLite's virtual tables (read as
 * a table without columns). A replay of such a reading would build a wrong table, so the statement is treated as
 * not parsed and goes to the fallback, which reads it whole.
 */
final class PartialReadings {

  private PartialReadings() {
  }

  /** Why the reading is incomplete, or empty if nothing written is missing from it. */
  static Optional<String> missing(Statement statement, String text, SqlSyntax syntax) {
    if (!(statement instanceof CreateTable create)) {
      return Optional.empty();
    }
    TokenCursor tokens = TokenCursor.of(text, syntax);
    if (tokens.isWord(1, "VIRTUAL")) {
      return Optional.of("the SQL parser does not read virtual tables");
    }
    int written = writtenElements(tokens);
    int parsed = create.getTableElements() == null ? 0 : create.getTableElements().size();
    return parsed < written ? Optional.of("the SQL parser skipped " + (written - parsed) + " of " + written
        + " table elements") : Optional.empty();
  }

  /** The comma-separated elements in the parentheses right after the table's name; 0 if there are none. */
  private static int writtenElements(TokenCursor t) {
    t.accept("CREATE");
    t.accept("OR", "REPLACE");
    while (t.acceptAny("TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "MEMORY", "CACHED").isPresent()) {
      // table kinds
    }
    if (!t.accept("TABLE")) {
      return 0;
    }
    t.accept("IF", "NOT", "EXISTS");
    if (t.qualifiedName().isEmpty() && !t.string()) {
      return 0;
    }
    int open = t.position();
    int close = t.closing(open);
    if (close < 0) {
      return 0;
    }
    int elements = close > open + 1 ? 1 : 0;
    int depth = 0;
    for (int i = open + 1; i < close; i++) {
      if (t.isSymbol(i, '(')) {
        depth++;
      } else if (t.isSymbol(i, ')')) {
        depth--;
      } else if (depth == 0 && t.isSymbol(i, ',')) {
        elements++;
      }
    }
    return elements;
  }
}
