package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;

/** A trigger on a busy table waits for a lock that stops writes, and then adds work to every write for good. */
@RuleInfo(
    id = "trigger-on-existing-table",
    severity = Severity.NOTE,
    category = "safety",
    summary = "A trigger is created on an existing table",
    description = "`CREATE TRIGGER` takes SHARE ROW EXCLUSIVE on the table: it is quick once it has the lock, but "
        + "it waits for every open transaction on the table, and while it waits INSERT, UPDATE and DELETE queue "
        + "behind it. From then on the trigger's function runs for every row written, which adds latency to every "
        + "write and can lock other tables the function touches. A note, not a warning: often it is just what is "
        + "wanted. Tables created earlier in the same migration are not reported.",
    remediation = "Set a short `lock_timeout` before it so it gives up rather than queue writes behind a long "
        + "transaction, keep the trigger function cheap, and deploy it when the write load is low.",
    lock = "SHARE ROW EXCLUSIVE on the table: blocks INSERT, UPDATE and DELETE while it waits and while it runs",
    badExample = "CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();",
    safeExample = """
        SET lock_timeout = '2s';
        CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();""",
    equivalents = {"Atlas PG308"})
public final class TriggerOnExistingTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.CreateTrigger trigger && step.isExistingTable(trigger.table())) {
          report(context, step, trigger);
        }
      }
    }
  }

  private static void report(RuleContext context, SafetyStep step, Operation.CreateTrigger trigger) {
    String timeout = step.lockTimeout().isPresent() ? ""
        : TimeoutSql.lockTimeout(Dialect.POSTGRESQL, "2s") + "\n";
    context.report(Location.of(trigger.span(), trigger.table().child(trigger.name())), "Trigger " + trigger.name()
            + " on existing table " + trigger.table() + " needs " + LockMode.SHARE_ROW_EXCLUSIVE.describe()
            + " (writes also queue while it waits for the lock), and from then on its function runs for every row "
            + "written to " + trigger.table())
        .remediation("Keep the trigger function cheap and deploy when the write load is low"
                + (timeout.isEmpty() ? "" : "; set a short lock_timeout so the statement gives up rather than "
                + "queue writes behind a long transaction"),
            timeout + "-- the CREATE TRIGGER " + SqlNames.of(trigger.name(), Dialect.POSTGRESQL) + " ... ON "
                + SqlNames.of(trigger.table(), Dialect.POSTGRESQL) + " as written, retried if it times out\n");
  }
}
