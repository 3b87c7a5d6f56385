package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;

/**
 * SET, RESET and SQLite's PRAGMA in each dialect's forms: PostgreSQL's {@code SET [LOCAL] x TO y, z}, MySQL's
 * {@code SET @a = expr, SESSION b = expr}, H2's {@code SET MODE PostgreSQL}. Consumes the whole statement or
 * reports that it is none of these.
 */
final class SettingGrammar {

  private SettingGrammar() {
  }

  static boolean setting(TokenCursor t, Dialect dialect) {
    int mark = t.position();
    boolean matched = false;
    if (t.accept("SET")) {
      matched = set(t, dialect);
    } else if (t.accept("RESET")) {
      matched = t.accept("ALL") || t.accept("ROLE") || t.accept("SESSION", "AUTHORIZATION")
          || t.accept("QUERY", "CACHE") || t.qualifiedName().isPresent();
    } else if (dialect == Dialect.SQLITE && t.accept("PRAGMA")) {
      matched = pragma(t);
    }
    matched = matched && t.atEnd();
    if (!matched) {
      t.reset(mark);
    }
    return matched;
  }

  private static boolean set(TokenCursor t, Dialect dialect) {
    int start = t.position();
    if (t.accept("CONSTRAINTS")) {
      if (!t.accept("ALL")) {
        do {
          if (t.qualifiedName().isEmpty()) {
            return false;
          }
        } while (t.acceptSymbol(','));
      }
      return t.acceptAny("DEFERRED", "IMMEDIATE").isPresent();
    }
    if (t.accept("TRANSACTION") || t.accept("SESSION", "CHARACTERISTICS", "AS", "TRANSACTION")) {
      return SessionGrammar.transactionModes(t);
    }
    t.reset(start);
    if (dialect.isMysqlFamily()) {
      return mysqlSet(t);
    }
    t.acceptAny("SESSION", "LOCAL");
    if (t.accept("TIME", "ZONE")) {
      return t.accept("LOCAL") || t.accept("DEFAULT") || interval(t) || t.value();
    }
    if (t.accept("ROLE")) {
      return t.accept("NONE") || t.name().isPresent() || t.string();
    }
    if (t.accept("SESSION", "AUTHORIZATION")) {
      return t.accept("DEFAULT") || t.name().isPresent() || t.string();
    }
    boolean schemaOrNames = t.peek("SCHEMA") || t.peek("NAMES");
    if (t.qualifiedName().isEmpty()) {
      return false;
    }
    if (t.accept("FROM", "CURRENT")) {
      return true;
    }
    boolean assigned = t.accept("TO") || t.acceptSymbol('=');
    // H2 writes SET MODE PostgreSQL; PostgreSQL has SET SCHEMA 'x' and SET NAMES 'x'.
    return (assigned || dialect == Dialect.H2 || schemaOrNames) && values(t);
  }

  /** One value or a comma-separated list: words, strings, numbers, {@code DEFAULT}. */
  private static boolean values(TokenCursor t) {
    do {
      if (!t.value()) {
        return false;
      }
    } while (t.acceptSymbol(','));
    return true;
  }

  private static boolean interval(TokenCursor t) {
    if (!t.accept("INTERVAL") || !t.string()) {
      return false;
    }
    t.acceptAny("HOUR", "MINUTE");
    if (t.accept("TO")) {
      return t.acceptAny("MINUTE", "HOUR").isPresent();
    }
    return true;
  }

  /** MySQL: NAMES, CHARACTER SET, or comma-separated assignments to user, system or scoped variables. */
  private static boolean mysqlSet(TokenCursor t) {
    if (t.accept("NAMES")) {
      if (!(t.name().isPresent() || t.string())) {
        return false;
      }
      return !t.accept("COLLATE") || t.name().isPresent() || t.string();
    }
    if (t.accept("CHARACTER", "SET") || t.accept("CHARSET")) {
      return t.name().isPresent() || t.string() || t.accept("DEFAULT");
    }
    if (t.accept("PASSWORD")) {
      if (t.accept("FOR") && !user(t)) {
        return false;
      }
      return t.acceptSymbol('=') && t.string();
    }
    do {
      if (!variable(t) || !(t.acceptSymbol('=') || t.acceptSymbol(':') && t.acceptSymbol('='))
          || !expression(t)) {
        return false;
      }
    } while (t.acceptSymbol(','));
    return true;
  }

  private static boolean variable(TokenCursor t) {
    if (t.acceptSymbol('@')) {
      if (t.acceptSymbol('@')) {
        return t.qualifiedName().isPresent();
      }
      return t.name().isPresent() || t.string();
    }
    t.acceptAny("GLOBAL", "SESSION", "LOCAL", "PERSIST", "PERSIST_ONLY");
    return t.qualifiedName().isPresent();
  }

  /** A MySQL user: {@code 'app'@'%'}, {@code `app`@`localhost`}, {@code CURRENT_USER} or a bare name. */
  static boolean user(TokenCursor t) {
    if (t.accept("CURRENT_USER")) {
      return !t.acceptSymbol('(') || t.acceptSymbol(')');
    }
    if (!(t.string() || t.name().isPresent())) {
      return false;
    }
    return !t.acceptSymbol('@') || t.string() || t.name().isPresent();
  }

  /** An expression up to the next comma outside parentheses: at least one token, parentheses balanced. */
  static boolean expression(TokenCursor t) {
    int depth = 0;
    int from = t.position();
    while (!t.atEnd() && !(depth == 0 && t.peekSymbol(','))) {
      if (t.peekSymbol('(')) {
        depth++;
      } else if (t.peekSymbol(')') && --depth < 0) {
        return false;
      }
      t.skip();
    }
    return depth == 0 && t.position() > from;
  }

  private static boolean pragma(TokenCursor t) {
    if (t.qualifiedName().isEmpty()) {
      return false;
    }
    if (t.acceptSymbol('=')) {
      return t.value();
    }
    if (t.acceptSymbol('(')) {
      return t.value() && t.acceptSymbol(')');
    }
    return true;
  }
}
