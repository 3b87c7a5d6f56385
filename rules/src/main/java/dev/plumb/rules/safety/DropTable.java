package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.operation.Operation;
import java.util.List;

/** Dropping a table loses its rows for good, and breaks the running code that still uses it. */
@RuleInfo(
    id = "drop-table",
    severity = Severity.ERROR,
    category = "safety",
    summary = "Dropping a table loses its rows and breaks the running code that still uses it",
    description = "`DROP TABLE` of a table that existed before the migration deletes every row for good (only a "
        + "backup brings them back), and the application still running while the migration runs fails on every "
        + "query of the table. Dropping a table the same migration created harms nobody, and is not reported. "
        + "Reported for every dialect: the data is gone in all of them.",
    remediation = "Stop using the table first: remove it from the code and deploy; then drop it in a later "
        + "migration, after a backup if its rows may be needed again.",
    lock = "ACCESS EXCLUSIVE (PostgreSQL) or an exclusive metadata lock (MySQL) on the table, and on every table "
        + "with a foreign key to it",
    badExample = "DROP TABLE orders;",
    safeExample = """
        -- release 1: the code no longer uses orders; keep a copy if the rows may be needed:
        --   pg_dump --table=orders --data-only > orders.sql
        -- release 2, a later migration:
        DROP TABLE orders;""",
    equivalents = {"Squawk ban-drop-table", "Atlas DS102"})
public final class DropTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    List<SafetyStep> steps = SafetySteps.of(context);
    PreexistingObjects preexisting = PreexistingObjects.of(context);
    for (SafetyStep step : steps) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.Drop drop && drop.objectType().equals("TABLE")) {
          drop.names().stream().filter(t -> preexisting.tableExisted(step, t))
              .forEach(t -> report(t, drop, step, context));
        }
      }
    }
  }

  private static void report(ObjectPath table, Operation.Drop drop, SafetyStep step, RuleContext context) {
    Dialect dialect = context.dialect();
    String name = SqlNames.of(table, dialect);
    List<String> referencing = step.step().before().tablesReferencing(table).stream().map(Table::path)
        .filter(t -> !t.equals(table) && !drop.names().contains(t)).map(t -> SqlNames.of(t, dialect)).toList();
    String cascade = drop.cascade() && !referencing.isEmpty()
        ? "; CASCADE also drops the foreign keys of " + String.join(", ", referencing) + " that point at it" : "";
    context.report(Location.of(drop.span(), table), "Table " + name + " is dropped: its rows are gone for good, "
            + "and code already running that uses it fails until every instance runs the new code" + cascade)
        .remediation("Stop using the table first: remove every use of " + name + " from the code and deploy "
                + "that; keep a copy of the rows if they may be needed (" + backup(table, dialect)
                + "); then drop the table in a later migration.",
            "-- in a later migration, once no deployed code uses " + name + ":\nDROP TABLE " + name + ";");
  }

  private static String backup(ObjectPath table, Dialect dialect) {
    String name = SqlNames.of(table, dialect);
    return switch (dialect) {
      case POSTGRESQL -> "pg_dump --table=" + name + " --data-only";
      case MYSQL, MARIADB -> "mysqldump <database> " + table.name();
      default -> "CREATE TABLE " + SqlNames.of(table.parent().child(table.name() + "_copy"), dialect)
          + " AS SELECT * FROM " + name;
    };
  }
}
