package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;

/** LOCK=SHARED or LOCK=EXCLUSIVE asks MySQL to block writes (or everything) for the whole ALTER. */
@RuleInfo(
    id = "mysql-lock-blocks-writes",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A MySQL ALTER TABLE or CREATE INDEX asks for LOCK=SHARED or LOCK=EXCLUSIVE",
    description = "MySQL and MariaDB run most ALTER TABLE changes, and CREATE INDEX, while reads and writes go "
        + "on. `LOCK=SHARED` "
        + "blocks every INSERT, UPDATE and DELETE on the table for the whole operation, however long it takes; "
        + "`LOCK=EXCLUSIVE` blocks reads as well. Written out, they make an online change an outage. "
        + "`LOCK=NONE` asks for the opposite, and MySQL refuses the statement if the change cannot be done "
        + "without blocking, which is the safe failure. Tables created earlier in the same migration are empty "
        + "and not reported.",
    lock = "LOCK=SHARED: reads go on, writes wait for the whole ALTER; LOCK=EXCLUSIVE: reads and writes wait",
    remediation = "Write LOCK=NONE (or leave LOCK out); if MySQL then refuses the change, run it with an online "
        + "schema change tool (gh-ost, pt-online-schema-change).",
    badExample = "ALTER TABLE orders ADD INDEX orders_placed (placed_at), LOCK=SHARED;",
    safeExample = "ALTER TABLE orders ADD INDEX orders_placed (placed_at), ALGORITHM=INPLACE, LOCK=NONE;",
    equivalents = {})
public final class MysqlLockBlocksWrites implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (!context.dialect().isMysqlFamily()) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.AlterTable alter && step.isExistingTable(alter.table())) {
          alter.lock().filter(MysqlLockBlocksWrites::blocks).ifPresent(lock -> report(context, "ALTER TABLE",
              alter.table(), lock, alter.lockSpan().orElse(alter.span()), alter.lockSpan()));
        } else if (operation instanceof Operation.CreateIndex index && step.isExistingTable(index.table())) {
          index.lock().filter(MysqlLockBlocksWrites::blocks).ifPresent(lock -> report(context, "CREATE INDEX on",
              index.table(), lock, index.span(), Optional.empty()));
        }
      }
    }
  }

  private static void report(RuleContext context, String statement, ObjectPath table, String lock,
                             SourceSpan at, Optional<SourceSpan> lockValue) {
    FindingBuilder finding = context.report(Location.of(at, table), statement + " " + table + " asks for LOCK="
        + lock + ", which " + blocked(lock) + " until the statement is done");
    finding.remediation("Write LOCK=NONE: " + MysqlFamily.product(context.dialect()) + " then refuses the change "
        + "if it cannot be done without blocking, instead of blocking.");
    lockValue.ifPresent(span -> finding.fix("Use LOCK=NONE", List.of(TextEdit.replace(span, "NONE"))));
  }

  private static boolean blocks(String lock) {
    return lock.equals("SHARED") || lock.equals("EXCLUSIVE");
  }

  private static String blocked(String lock) {
    return lock.equals("SHARED") ? "blocks every write to the table (reads go on)"
        : "blocks every read and write of the table";
  }
}
