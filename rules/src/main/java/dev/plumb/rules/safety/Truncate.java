package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;

/** TRUNCATE in a migration deletes production rows for good, under the strongest table lock. */
@RuleInfo(
    id = "truncate",
    severity = Severity.ERROR,
    category = "safety",
    summary = "TRUNCATE deletes every row of a table that already holds data",
    description = "`TRUNCATE` of a table that existed before the migration deletes all its rows, and a migration "
        + "runs against production. PostgreSQL holds an ACCESS EXCLUSIVE lock on the table until the transaction "
        + "ends, so nothing reads or writes it meanwhile; MySQL and MariaDB commit TRUNCATE at once, so it cannot "
        + "be rolled back. Emptying a table the same migration created or filled is not reported.",
    remediation = "Make sure the rows are meant to go and keep a copy if they may be needed; to empty a large "
        + "table without blocking it, delete in batches from a job.",
    lock = "ACCESS EXCLUSIVE (PostgreSQL) until the transaction ends: blocks every read and write of the table; "
        + "an exclusive metadata lock (MySQL)",
    badExample = "TRUNCATE orders;",
    safeExample = """
        -- repeat from a job, one transaction per batch, until it deletes no rows:
        DELETE FROM orders WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT 10000);""")
public final class Truncate implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    List<SafetyStep> steps = SafetySteps.of(context);
    PreexistingObjects preexisting = PreexistingObjects.of(context);
    for (SafetyStep step : steps) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.Truncate truncate) {
          truncate.tables().stream().filter(t -> preexisting.tableExisted(step, t))
              .forEach(t -> report(t, truncate, step, context));
        }
      }
    }
  }

  private static void report(ObjectPath table, Operation.Truncate truncate, SafetyStep step, RuleContext context) {
    Dialect dialect = context.dialect();
    String name = SqlNames.of(table, dialect);
    Optional<LockMode> lock = step.locks(truncate).stream().filter(l -> l.table().equals(table))
        .map(TableLock::mode).findFirst();
    String consequence;
    if (dialect.isMysqlFamily()) {
      consequence = "; it commits at once, so it cannot be rolled back, and it waits for "
          + lock.map(LockMode::describe).orElse("an exclusive metadata lock");
    } else {
      consequence = lock.map(l -> ", and it holds " + l.describe() + ", until the transaction ends").orElse("");
    }
    context.report(Location.of(truncate.span(), table), "TRUNCATE empties existing table " + name + ": every row "
            + "is gone for good" + consequence)
        .remediation("Make sure the rows of " + name + " are meant to go, and keep a copy if they may be needed; "
                + "to empty a large table without blocking it, delete its rows in batches from a job.",
            BatchedSql.of(table, step.step().before(), dialect).delete(Optional.empty()));
  }
}
