package dev.plumb.core.source.live;

import java.util.Locale;

/**
 * Names as SQLite gives them back. SQLite compares identifiers without regard to ASCII case and keeps them as
 * written; the SQL replay folds unquoted ones to lower case for SQLite, so the introspector folds them too, and a
 * table created as {@code Users} is {@code users} either way (two names differing in case only cannot coexist).
 */
final class SqliteNames {

  private SqliteNames() {
  }

  static String folded(String name) {
    return name == null ? null : name.toLowerCase(Locale.ROOT);
  }

  /** A schema name ({@code main}, an attached database) quoted for use in SQL. */
  static String quoted(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** A schema name as an SQL string literal, for the schema argument of table-valued pragma functions. */
  static String literal(String name) {
    return "'" + name.replace("'", "''") + "'";
  }
}
