package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;

/** Code that is already deployed keeps querying a table by its old name after a rename, and fails. */
@RuleInfo(
    id = "rename-table",
    severity = Severity.ERROR,
    category = "safety",
    summary = "Renaming a table breaks the running code that still uses its old name",
    description = "A migration runs before (or while) the new code rolls out, so for a while the running "
        + "application still queries the table by its old name, and every such query fails. Reported for "
        + "`ALTER TABLE ... RENAME TO` and MySQL's `RENAME TABLE` of a table that existed before the migration; "
        + "renaming a table the same migration created harms nobody. PostgreSQL, MySQL and MariaDB only: SQLite "
        + "and H2 are embedded, where code and schema change together.",
    remediation = "Rename the table and, in the same migration, create a view under the old name (a view of one "
        + "table accepts INSERT, UPDATE and DELETE); drop the view once no deployed code uses the old name.",
    lock = "ACCESS EXCLUSIVE (PostgreSQL) or an exclusive metadata lock (MySQL), held only briefly: the rename "
        + "changes the catalog, not the rows",
    badExample = "ALTER TABLE orders RENAME TO purchases;",
    safeExample = """
        ALTER TABLE orders RENAME TO purchases;
        CREATE VIEW orders AS SELECT * FROM purchases;
        -- deploy code that uses purchases, then in a later migration:
        DROP VIEW orders;""",
    equivalents = {"Squawk renaming-table", "Atlas BC101", "strong_migrations rename_table"})
public final class RenameTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Dialect dialect = context.dialect();
    if (dialect != Dialect.POSTGRESQL && !dialect.isMysqlFamily()) {
      return;
    }
    List<SafetyStep> steps = SafetySteps.of(context);
    PreexistingObjects preexisting = PreexistingObjects.of(context);
    for (SafetyStep step : steps) {
      for (Operation operation : step.operations()) {
        if (!(operation instanceof Operation.AlterTable alter)) {
          continue;
        }
        for (TableChange change : alter.changes()) {
          if (change instanceof TableChange.RenameTable rename && preexisting.tableNameExisted(step, alter.table())) {
            report(alter.table(), rename, context);
          }
        }
      }
    }
  }

  private static void report(ObjectPath table, TableChange.RenameTable rename, RuleContext context) {
    Dialect dialect = context.dialect();
    String from = SqlNames.of(table, dialect);
    String to = SqlNames.of(PreexistingObjects.renamedTo(table, rename, dialect), dialect);
    String renameSql = dialect.isMysqlFamily() ? "RENAME TABLE " + from + " TO " + to + ";"
        : "ALTER TABLE " + from + " RENAME TO " + SqlNames.of(rename.to().name(), dialect) + ";";
    String view = "CREATE VIEW " + from + " AS SELECT * FROM " + to + ";";
    String when = dialect.isMysqlFamily()
        ? " (MySQL commits each statement, so queries in the moment between the two fail; run them back to back)"
        : " in the same transaction";
    context.report(Location.of(rename.span(), table), "Table " + from + " is renamed to " + to + ": code already "
            + "running still queries " + from + ", and those queries fail until every instance runs the new code")
        .remediation("Keep the old name working while the code moves: create a view " + from + " over " + to
                + when + "; a view of one table accepts reads and writes. Drop the view in a later migration, "
                + "once no deployed code uses " + from + ".",
            renameSql + "\n" + view + "\n-- deploy code that uses " + to + ", then in a later migration:\n"
                + "DROP VIEW " + from + ";");
  }
}
