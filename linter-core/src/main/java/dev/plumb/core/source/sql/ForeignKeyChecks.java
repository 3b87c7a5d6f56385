package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the database checks, when a foreign key is declared, that the table it references exists. SQLite
 * never does; MySQL stops after {@code SET FOREIGN_KEY_CHECKS = 0}, which mysqldump writes at the top of its
 * output so that it can create tables in name order.
 */
final class ForeignKeyChecks {

  private static final Pattern SETTING = Pattern.compile(
      "(?<![\\w@])FOREIGN_KEY_CHECKS\\s*=\\s*([\\w@]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SET_STATEMENT = Pattern.compile("SET\\b|/\\*!", Pattern.CASE_INSENSITIVE);

  private ForeignKeyChecks() {
  }

  /** At the start of a migration file: each runs in a session of its own. */
  static boolean atStart(Dialect dialect) {
    return dialect != Dialect.SQLITE;
  }

  /** The setting after the statement, given the one before it. */
  static boolean after(String statement, boolean before, Dialect dialect) {
    if (!dialect.isMysqlFamily() || !SET_STATEMENT.matcher(statement).lookingAt()) {
      return before;
    }
    boolean checked = before;
    Matcher setting = SETTING.matcher(statement);
    while (setting.find()) {
      String value = setting.group(1);
      checked = !(value.equals("0") || value.equalsIgnoreCase("OFF"));
    }
    return checked;
  }
}
