package dev.plumb.core.source.sql;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The bodies of triggers, routines and events in MySQL, MariaDB and SQLite: a {@code BEGIN ... END} block whose
 * blocks and CASEs close in order, or one statement that the SQL parser reads. The statements inside a block
 * are not read one by one; the block's shape is.
 */
final class RoutineBodies {

  private RoutineBodies() {
  }

  /** A body from the cursor to the end of the statement. */
  static boolean body(TokenCursor t, Predicate<String> parses) {
    int start = t.position();
    if (block(t)) {
      return true;
    }
    t.reset(start);
    if (t.atEnd()) {
      return false;
    }
    if (t.accept("RETURN")) {
      return SettingGrammar.expression(t) && t.atEnd();
    }
    String statement = t.slice(start, t.size());
    t.skipRest();
    return parses.test(statement);
  }

  /** {@code [label:] BEGIN [NOT ATOMIC] ... END [label]} up to the end of the statement. */
  static boolean block(TokenCursor t) {
    String label = null;
    if (t.isName(t.position()) && t.isSymbol(t.position() + 1, ':')) {
      label = t.token(t.position());
      t.skip();
      t.skip();
    }
    if (!t.accept("BEGIN")) {
      return false;
    }
    int depth = 1;
    while (!t.atEnd() && depth > 0) {
      if (t.accept("BEGIN") || t.accept("CASE")) {
        depth++;
      } else if (t.accept("END")) {
        if (t.acceptAny("IF", "LOOP", "WHILE", "REPEAT", "FOR").isEmpty()) {
          t.accept("CASE");
          depth--;
        }
      } else {
        t.skip();
      }
    }
    if (depth != 0) {
      return false;
    }
    // END may repeat the block's label, and nothing else.
    if (label != null && !t.atEnd()) {
      Optional<String> end = t.name();
      if (end.isEmpty() || !end.get().equalsIgnoreCase(label)) {
        return false;
      }
    }
    return t.atEnd();
  }
}
