package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;
import java.util.Optional;

/** Code that is already deployed keeps using a column's old name after a rename, and fails until it is replaced. */
@RuleInfo(
    id = "rename-column",
    severity = Severity.ERROR,
    category = "safety",
    summary = "Renaming a column breaks the running code that still uses its old name",
    description = "A migration runs before (or while) the new code rolls out, so for a while the running "
        + "application still reads and writes the column by its old name, and every such query fails. Reported "
        + "for `ALTER TABLE ... RENAME COLUMN` and for MySQL's `CHANGE old new ...` on a table and column that "
        + "existed before the migration; renaming a column the same migration created harms nobody. PostgreSQL, "
        + "MySQL and MariaDB only: SQLite and H2 are embedded, where code and schema change together.",
    remediation = "Expand and contract: add the new column, write both from the code, backfill, move the readers "
        + "to the new column, and drop the old one in a later migration.",
    lock = "ACCESS EXCLUSIVE (PostgreSQL) or an exclusive metadata lock (MySQL), held only briefly: the rename "
        + "changes the catalog, not the rows",
    badExample = "ALTER TABLE users RENAME COLUMN name TO full_name;",
    safeExample = """
        ALTER TABLE users ADD COLUMN full_name text;
        -- deploy code that writes both columns, backfill full_name in batches,
        -- deploy code that reads full_name, then in a later migration:
        ALTER TABLE users DROP COLUMN name;""",
    equivalents = {"Squawk renaming-column", "Atlas BC102", "strong_migrations rename_column"})
public final class RenameColumn implements SchemaRule {

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
        if (operation instanceof Operation.AlterTable alter) {
          check(alter, step, preexisting, context);
        }
      }
    }
  }

  private static void check(Operation.AlterTable alter, SafetyStep step, PreexistingObjects preexisting,
                            RuleContext context) {
    for (TableChange change : alter.changes()) {
      if (change instanceof TableChange.RenameColumn rename) {
        report(alter.table(), rename.from(), rename.to(), Optional.empty(), rename.span(), step, preexisting,
            context);
      } else if (change instanceof TableChange.RedefineColumn redefine && !PreexistingObjects.sameColumn(
          redefine.column(), redefine.definition().name(), step.dialect())) {
        report(alter.table(), redefine.column(), redefine.definition().name(),
            Optional.of(redefine.definition().typeText()).filter(t -> !t.isBlank()), redefine.span(), step,
            preexisting, context);
      }
    }
  }

  private static void report(ObjectPath table, String from, String to, Optional<String> writtenType,
                             SourceSpan span, SafetyStep step, PreexistingObjects preexisting,
                             RuleContext context) {
    if (!preexisting.columnNameExisted(step, table, from)) {
      return;
    }
    Dialect dialect = step.dialect();
    String tableName = SqlNames.of(table, dialect);
    String type = writtenType.or(() -> step.step().before().table(table).flatMap(t -> t.column(from))
        .map(Column::type).map(t -> t.toSql())).orElse("<type of " + from + ">");
    String oldName = SqlNames.of(from, dialect);
    String newName = SqlNames.of(to, dialect);
    context.report(Location.of(span, table.child(from)), "Column " + tableName + "." + oldName + " is renamed to "
            + newName + ": code already running still reads and writes " + oldName + ", and those queries fail "
            + "until every instance runs the new code")
        .remediation("Keep the old column until no running code uses it: add " + newName + ", deploy code that "
                + "writes both, backfill in batches, deploy code that reads " + newName + ", then drop " + oldName
                + " in a later migration.",
            "ALTER TABLE " + tableName + " ADD COLUMN " + newName + " " + type + ";\n"
                + "-- deploy code that writes both columns, then backfill in batches:\n"
                + BatchedSql.of(table, step.step().before(), dialect).update(newName + " = " + oldName,
                    Optional.empty(), Optional.of(newName + " IS NULL AND " + oldName + " IS NOT NULL"),
                    context.settings().postgresVersion()) + "\n"
                + "-- deploy code that reads " + newName + " only; in a later migration:\n"
                + "ALTER TABLE " + tableName + " DROP COLUMN " + oldName + ";");
  }
}
