package dev.plumb.core.source.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The bodies of triggers, routines and events in MySQL, MariaDB and SQLite: a {@code BEGIN ... END} block whose
 * blocks and CASEs close in order, or one statement the SQL parser reads. Inside a block every statement is
 * checked: a SQLite trigger's statements must each parse; in a MySQL block the data statements must parse and
 * every other statement must start with a word of MySQL's compound-statement syntax.
 */
final class RoutineBodies {

  private static final Set<String> DATA_STATEMENTS = Set.of("INSERT", "UPDATE", "DELETE", "SELECT", "REPLACE",
      "CALL", "WITH");
  private static final Set<String> COMPOUND_WORDS = Set.of("BEGIN", "END", "IF", "ELSEIF", "ELSE", "CASE", "WHEN",
      "DECLARE", "SET", "WHILE", "LOOP", "REPEAT", "UNTIL", "LEAVE", "ITERATE", "RETURN", "OPEN", "FETCH", "CLOSE",
      "SIGNAL", "RESIGNAL", "GET", "START", "COMMIT", "ROLLBACK", "PREPARE", "EXECUTE", "DEALLOCATE", "DO");

  private RoutineBodies() {
  }

  /** A MySQL body from the cursor to the end of the statement. */
  static boolean body(TokenCursor t, Predicate<String> parses) {
    int start = t.position();
    if (block(t, parses, false)) {
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

  /**
   * {@code [label:] BEGIN [NOT ATOMIC] ... END [label]} up to the end of the statement.
   *
   * @param everyStatementParses SQLite's trigger bodies: statements only, no compound syntax
   */
  static boolean block(TokenCursor t, Predicate<String> parses, boolean everyStatementParses) {
    String label = null;
    if (t.isName(t.position()) && t.isSymbol(t.position() + 1, ':')) {
      label = t.token(t.position());
      t.skip();
      t.skip();
    }
    if (!t.accept("BEGIN")) {
      return false;
    }
    t.accept("NOT", "ATOMIC");
    int bodyStart = t.position();
    int depth = 1;
    int bodyEnd = -1;
    while (!t.atEnd() && depth > 0) {
      if (t.accept("BEGIN") || t.accept("CASE")) {
        depth++;
      } else if (t.peek("END")) {
        bodyEnd = t.position();
        t.skip();
        if (t.acceptAny("IF", "LOOP", "WHILE", "REPEAT", "FOR").isEmpty()) {
          t.accept("CASE");
          depth--;
        }
      } else {
        t.skip();
      }
    }
    if (depth != 0 || !statements(t, bodyStart, bodyEnd, parses, everyStatementParses)) {
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

  /** The statements between {@code from} and {@code to}, split at semicolons outside parentheses. */
  private static boolean statements(TokenCursor t, int from, int to, Predicate<String> parses, boolean strict) {
    int start = from;
    int depth = 0;
    for (int i = from; i <= to; i++) {
      if (t.isSymbol(i, '(')) {
        depth++;
      } else if (t.isSymbol(i, ')')) {
        depth--;
      } else if (i == to || depth == 0 && t.isSymbol(i, ';')) {
        if (i > start && !statement(t, start, i, parses, strict)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean statement(TokenCursor t, int from, int to, Predicate<String> parses, boolean strict) {
    String first = t.token(from).toUpperCase(Locale.ROOT);
    if (strict || DATA_STATEMENTS.contains(first)) {
      return parses.test(t.slice(from, to));
    }
    boolean labelled = t.isName(from) && t.isSymbol(from + 1, ':');
    return labelled || COMPOUND_WORDS.contains(first);
  }
}
