package dev.plumb.rules.safety;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.TableChange;

/**
 * Remediation text for MySQL changes that copy a table: the command that runs the same change with gh-ost,
 * which copies the table in the background while writes go on and swaps it in at the end.
 */
final class OnlineSchemaChange {

  private OnlineSchemaChange() {
  }

  /** {@code gh-ost --database=app --table=orders --alter="MODIFY ..." --execute}. */
  static String ghOst(ObjectPath table, String alter) {
    String database = table.depth() > 1 && !table.parts().get(0).isEmpty() ? table.parts().get(0) : "<database>";
    return "gh-ost --database=" + database + " --table=" + table.name() + " --alter=\""
        + alter.replace("\\", "\\\\").replace("\"", "\\\"") + "\" --execute";
  }

  /** The MODIFY (or, for a renamed column, CHANGE) that writes the column anew. */
  static String redefinition(TableChange.RedefineColumn redefine, Dialect dialect) {
    String definition = definition(redefine.definition(), dialect);
    return redefine.column().equals(redefine.definition().name()) ? "MODIFY " + definition
        : "CHANGE " + SqlNames.of(redefine.column(), dialect) + " " + definition;
  }

  /**
   * A column definition as MODIFY needs it, from what the statement wrote: type, charset, collation, NULL or
   * NOT NULL, DEFAULT, AUTO_INCREMENT. Attributes the reader does not keep (COMMENT, ON UPDATE) are left out.
   */
  static String definition(ColumnDefinition column, Dialect dialect) {
    StringBuilder sql = new StringBuilder(SqlNames.of(column.name(), dialect)).append(' ')
        .append(column.typeText().strip());
    column.charset().ifPresent(c -> sql.append(" CHARACTER SET ").append(c));
    column.collation().ifPresent(c -> sql.append(" COLLATE ").append(c));
    sql.append(column.notNull() ? " NOT NULL" : " NULL");
    column.defaultExpression().ifPresent(d -> sql.append(" DEFAULT ").append(d.strip()));
    if (column.identity()) {
      sql.append(" AUTO_INCREMENT");
    }
    return sql.toString();
  }
}
