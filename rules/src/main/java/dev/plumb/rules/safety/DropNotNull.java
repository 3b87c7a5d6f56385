package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;
import java.util.Optional;

/**
 * A column that loses NOT NULL breaks the readers that count on a value, and the constraint cannot come back once
 * NULLs are written. In MySQL it happens by accident: MODIFY without NOT NULL makes the column nullable.
 */
@RuleInfo(
    id = "drop-not-null",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A column that held values in every row becomes nullable",
    description = "`ALTER COLUMN ... DROP NOT NULL` (PostgreSQL), or a MySQL `MODIFY`/`CHANGE` whose new "
        + "definition leaves out NOT NULL, lets NULLs into a column that had a value in every row. Code already "
        + "running assumes the value is there and breaks on the first NULL, and once NULLs are written the "
        + "constraint cannot come back without filling them in. In MySQL it is often an accident: MODIFY and CHANGE "
        + "write the whole definition anew, so widening a type without repeating NOT NULL drops it. A warning, "
        + "not an error: it loses no data, and it is the usual first step of retiring a column. Reported for "
        + "columns that existed before the migration and were NOT NULL; PostgreSQL, MySQL and MariaDB only.",
    remediation = "Deploy code that copes with NULL first; in MySQL, if only the type was meant to change, repeat "
        + "NOT NULL in the new definition.",
    lock = "ACCESS EXCLUSIVE (PostgreSQL), briefly: only the catalog changes; MySQL may rebuild the table",
    badExample = "ALTER TABLE users MODIFY email varchar(320);  -- MySQL: email was NOT NULL",
    safeExample = "ALTER TABLE users MODIFY email varchar(320) NOT NULL;",
    equivalents = {"Squawk ban-drop-not-null"})
public final class DropNotNull implements SchemaRule {

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
        Optional<Table> table = step.step().before().table(alter.table());
        for (TableChange change : alter.changes()) {
          if (change instanceof TableChange.DropNotNull drop && wasNotNull(table, drop.column(), true)
              && preexisting.columnExisted(step, alter.table(), drop.column())) {
            reportDropped(alter.table(), drop, context);
          } else if (change instanceof TableChange.RedefineColumn redefine && loosened(table, redefine)
              && preexisting.columnExisted(step, alter.table(), redefine.column())) {
            reportRedefined(alter.table(), redefine, context);
          }
        }
      }
    }
  }

  /**
   * Whether the column was NOT NULL and outside the primary key (whose columns stay NOT NULL whatever is written).
   *
   * @param unknown the answer where the replay does not know the column
   */
  private static boolean wasNotNull(Optional<Table> table, String column, boolean unknown) {
    Optional<Column> known = table.flatMap(t -> t.column(column));
    if (known.isEmpty()) {
      return unknown;
    }
    boolean inKey = table.flatMap(Table::primaryKey).map(k -> k.columns().contains(column)).orElse(false);
    return !known.get().nullable() && !inKey;
  }

  /** MySQL: the new definition leaves out NOT NULL of a column known to be NOT NULL. */
  private static boolean loosened(Optional<Table> table, TableChange.RedefineColumn redefine) {
    ColumnDefinition definition = redefine.definition();
    return !definition.notNull() && !definition.primaryKey() && wasNotNull(table, redefine.column(), false);
  }

  private static void reportDropped(ObjectPath table, TableChange.DropNotNull drop, RuleContext context) {
    String name = SqlNames.of(table, context.dialect()) + "." + SqlNames.of(drop.column(), context.dialect());
    context.report(Location.of(drop.span(), table.child(drop.column())), "Column " + name + " loses NOT NULL: "
            + "code already running counts on a value in every row and breaks on the first NULL, and once NULLs "
            + "are written NOT NULL cannot come back without filling them in")
        .remediation("Deploy code that copes with NULL in " + name + " (or no longer reads it) before this "
            + "migration; if the column is being retired, this is the right first step: suppress the finding "
            + "with that reason.");
  }

  private static void reportRedefined(ObjectPath table, TableChange.RedefineColumn redefine, RuleContext context) {
    Dialect dialect = context.dialect();
    ColumnDefinition definition = redefine.definition();
    String tableName = SqlNames.of(table, dialect);
    String column = SqlNames.of(redefine.column(), dialect);
    boolean renamed = !PreexistingObjects.sameColumn(redefine.column(), definition.name(), dialect);
    String head = renamed ? "CHANGE " + column + " " + SqlNames.of(definition.name(), dialect)
        : "MODIFY " + column;
    String keep = "ALTER TABLE " + tableName + " " + head + " " + definition.typeText() + " NOT NULL"
        + definition.defaultExpression().map(d -> " DEFAULT " + d).orElse("") + ";";
    context.report(Location.of(redefine.span(), table.child(redefine.column())), "Column " + tableName + "."
            + column + " was NOT NULL, and its new definition leaves NOT NULL out, so it becomes nullable: "
            + "MODIFY and CHANGE write the whole column anew; code already running counts on a value in every row")
        .remediation("If only the type or default was meant to change, repeat NOT NULL in the definition:", keep);
  }
}
