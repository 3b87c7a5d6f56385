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

/** Dropping a column loses its data for good, and breaks the running code that still reads or writes it. */
@RuleInfo(
    id = "drop-column",
    severity = Severity.ERROR,
    category = "safety",
    summary = "Dropping a column loses its data and breaks the running code that still uses it",
    description = "`ALTER TABLE ... DROP COLUMN` of a column that existed before the migration removes its "
        + "values for good (only a backup brings them back), and the application still running while the "
        + "migration runs fails on every query that names the column; ORMs that list every column in their "
        + "INSERTs and SELECTs fail even where the code never uses it. Dropping a column the same migration "
        + "added harms nobody. Reported for every dialect: the data is gone in all of them.",
    remediation = "Stop using the column first: remove every read and write from the code (in Rails, add it to "
        + "`self.ignored_columns`) and deploy; then drop it in a later migration, after a backup if its values "
        + "may be needed again.",
    lock = "ACCESS EXCLUSIVE (PostgreSQL) or an exclusive metadata lock (MySQL); PostgreSQL only marks the column "
        + "dropped, so the lock is brief",
    badExample = "ALTER TABLE users DROP COLUMN email;",
    safeExample = """
        -- release 1: the code no longer reads or writes users.email (Rails: self.ignored_columns = ["email"])
        -- release 2, a later migration:
        ALTER TABLE users DROP COLUMN email;""",
    equivalents = {"Squawk ban-drop-column", "Atlas DS103", "strong_migrations remove_column"})
public final class DropColumn implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    List<SafetyStep> steps = SafetySteps.of(context);
    PreexistingObjects preexisting = PreexistingObjects.of(context);
    for (SafetyStep step : steps) {
      for (Operation operation : step.operations()) {
        if (!(operation instanceof Operation.AlterTable alter)) {
          continue;
        }
        for (TableChange change : alter.changes()) {
          if (change instanceof TableChange.DropColumn drop
              && preexisting.columnExisted(step, alter.table(), drop.column())) {
            report(alter.table(), drop, context.dialect(), context);
          }
        }
      }
    }
  }

  private static void report(ObjectPath table, TableChange.DropColumn drop, Dialect dialect, RuleContext context) {
    String tableName = SqlNames.of(table, dialect);
    String column = SqlNames.of(drop.column(), dialect);
    String cascade = drop.cascade() ? "; CASCADE also drops the views and constraints that use it" : "";
    context.report(Location.of(drop.span(), table.child(drop.column())), "Column " + tableName + "." + column
            + " is dropped: its values are gone for good, and code already running that reads or writes it "
            + "fails until every instance runs the new code" + cascade)
        .remediation("Stop using the column first: remove every read and write of " + column + " from the code "
                + "(in Rails, add it to self.ignored_columns) and deploy that; keep a copy of the values if they "
                + "may be needed; then drop the column in a later migration.",
            "-- in a later migration, once no deployed code uses " + tableName + "." + column + ":\n"
                + "ALTER TABLE " + tableName + " DROP COLUMN " + column + ";");
  }
}
