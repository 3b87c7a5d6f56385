package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;

/** A plain DETACH PARTITION locks the whole partitioned table, reads included. */
@RuleInfo(
    id = "detach-partition-not-concurrently",
    severity = Severity.WARNING,
    category = "safety",
    summary = "DETACH PARTITION without CONCURRENTLY locks the partitioned table against reads and writes",
    description = "ALTER TABLE ... DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table and "
        + "on the partition: every query on any partition waits, and while the lock itself waits for running "
        + "queries, every new one queues behind it. Since PostgreSQL 14, DETACH PARTITION ... CONCURRENTLY takes "
        + "only a SHARE UPDATE EXCLUSIVE lock on the partitioned table; it cannot run inside a transaction block "
        + "and not while the table has a default partition. Before 14 (postgresVersion) there is no better "
        + "statement, so the rule says nothing there (missing-lock-timeout still bounds the wait). Tables created "
        + "earlier in the same migration are not reported. PostgreSQL only.",
    remediation = "Write DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14 and later), as the only change of its "
        + "ALTER TABLE, in a migration the tool runs without a transaction.",
    lock = "ACCESS EXCLUSIVE on the partitioned table and the partition: blocks every read and write",
    badExample = "ALTER TABLE measurements DETACH PARTITION measurements_2023;",
    safeExample = "-- in a migration that runs outside a transaction\n"
        + "ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;",
    equivalents = {})
public final class DetachPartitionNotConcurrently implements SchemaRule {

  private static final int CONCURRENT_SINCE = 14;

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL || context.settings().postgresVersion() < CONCURRENT_SINCE) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.AlterTable alter && step.isExistingTable(alter.table())) {
          for (TableChange change : alter.changes()) {
            if (change instanceof TableChange.Partition detach && !detach.attach() && !detach.concurrently()) {
              report(context, step, alter, detach);
            }
          }
        }
      }
    }
  }

  private static void report(RuleContext context, SafetyStep step, Operation.AlterTable alter,
                             TableChange.Partition detach) {
    Dialect dialect = context.dialect();
    String table = SqlNames.of(alter.table(), dialect);
    FindingBuilder finding = context.report(Location.of(detach.span(), alter.table()), "DETACH PARTITION "
        + SqlNames.of(detach.partition(), dialect) + " takes an ACCESS EXCLUSIVE lock on existing table " + table
        + " and on the partition, which blocks every read and write of both");
    String transaction = ToolTransactions.outsideNote(context, step, false);
    String sql = ConcurrentSql.detach(alter.table(), detach.partition(), dialect);
    if (alter.changes().size() == 1) {
      finding.remediation("Detach with CONCURRENTLY, which lets queries on " + table + " go on (not possible "
              + "while it has a default partition)." + transaction, sql)
          .fix("Add CONCURRENTLY", List.of(TextEdit.insertAfter(detach.span(), " CONCURRENTLY")));
    } else {
      finding.remediation("Detach in an ALTER TABLE of its own with CONCURRENTLY, which lets queries on " + table
          + " go on (not possible while it has a default partition)." + transaction, sql);
    }
  }
}
