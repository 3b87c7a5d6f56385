package dev.plumb.rules.safety;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.ColumnDefinition;
import java.util.List;

/** Pieces of the safe statement sequences remediations suggest, written with the real names. */
final class SafeSql {

  /** Stands in batched SQL, written as comments, where the table's own key ranges go. */
  static final String KEY_RANGE = "<a range of keys>";

  private SafeSql() {
  }

  /**
   * Makes a column NOT NULL without holding ACCESS EXCLUSIVE through a scan: a CHECK added NOT VALID (brief
   * lock), validated (SHARE UPDATE EXCLUSIVE: reads and writes go on), which from PostgreSQL 12 on lets SET NOT
   * NULL skip its scan; before 12 it cannot, so the CHECK stays instead.
   */
  static String setNotNull(ObjectPath table, String column, Dialect dialect, int postgresVersion) {
    String tableSql = SqlNames.of(table, dialect);
    String check = SqlNames.of(PostgresNames.notNullCheck(table.name(), column), dialect);
    String columnSql = SqlNames.of(column, dialect);
    StringBuilder sql = new StringBuilder()
        .append("ALTER TABLE ").append(tableSql).append(" ADD CONSTRAINT ").append(check)
        .append(" CHECK (").append(columnSql).append(" IS NOT NULL) NOT VALID;\n")
        .append("ALTER TABLE ").append(tableSql).append(" VALIDATE CONSTRAINT ").append(check).append(";\n");
    if (postgresVersion >= 12) {
      sql.append("ALTER TABLE ").append(tableSql).append(" ALTER COLUMN ").append(columnSql)
          .append(" SET NOT NULL;\n")
          .append("ALTER TABLE ").append(tableSql).append(" DROP CONSTRAINT ").append(check).append(";\n");
    } else {
      sql.append("-- before PostgreSQL 12, SET NOT NULL scans the table even with this CHECK in place:\n")
          .append("-- keep the CHECK as the guarantee until you run 12 or later\n");
    }
    return sql.toString();
  }

  /** {@code ALTER TABLE t ADD COLUMN c type;}: the column as written, without default or constraints. */
  static String addPlainColumn(ObjectPath table, ColumnDefinition column, String type, Dialect dialect) {
    return "ALTER TABLE " + SqlNames.of(table, dialect) + " ADD COLUMN " + SqlNames.of(column.name(), dialect) + " "
        + type + ";\n";
  }

  /**
   * Builds the unique index without blocking writes, then makes it the constraint: {@code USING INDEX} holds
   * ACCESS EXCLUSIVE only for a moment (and renames the index after the constraint).
   *
   * @param keyword {@code UNIQUE} or {@code PRIMARY KEY}
   */
  static String attachUniqueIndex(ObjectPath table, String index, String constraint, String keyword,
                                  List<String> columns, Dialect dialect) {
    String tableSql = SqlNames.of(table, dialect);
    String indexSql = SqlNames.of(index, dialect);
    String columnList = String.join(", ", columns.stream().map(c -> SqlNames.of(c, dialect)).toList());
    return "-- CONCURRENTLY cannot run inside a transaction block: run it in a migration without one\n"
        + "CREATE UNIQUE INDEX CONCURRENTLY " + indexSql + " ON " + tableSql + " (" + columnList + ");\n"
        + "ALTER TABLE " + tableSql + " ADD CONSTRAINT " + SqlNames.of(constraint, dialect) + " " + keyword
        + " USING INDEX " + indexSql + ";\n";
  }

  /** A batched backfill, as a comment: the batches depend on the table's keys, which only its owner knows. */
  static String backfill(ObjectPath table, String column, String value, Dialect dialect) {
    String columnSql = SqlNames.of(column, dialect);
    return "-- backfill in batches, each in its own transaction:\n-- UPDATE " + SqlNames.of(table, dialect)
        + " SET " + columnSql + " = " + value + " WHERE " + columnSql + " IS NULL AND " + KEY_RANGE + ";\n";
  }

  /** The expression in parentheses, unless one pair already encloses all of it. */
  static String parenthesized(String expression) {
    String text = expression.strip();
    if (text.startsWith("(") && text.endsWith(")") && closingOfFirst(text) == text.length() - 1) {
      return text;
    }
    return "(" + text + ")";
  }

  /** A SQL string literal. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static int closingOfFirst(String text) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
