package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import java.util.List;

/** A plain CREATE INDEX stops every write to the table for as long as the index takes to build. */
@RuleInfo(
    id = "create-index-not-concurrently",
    severity = Severity.WARNING,
    category = "safety",
    summary = "CREATE INDEX without CONCURRENTLY blocks writes to an existing table while the index is built",
    description = "A plain CREATE INDEX takes a SHARE lock on the table and holds it until the index is built: "
        + "on a table with millions of rows that is minutes in which every INSERT, UPDATE and DELETE waits. "
        + "CREATE INDEX CONCURRENTLY takes a SHARE UPDATE EXCLUSIVE lock instead, which lets reads and writes go "
        + "on; it scans the table twice and cannot run inside a transaction block. Tables created earlier in the "
        + "same migration are empty and unused, so indexes on them are not reported; a table the replay does "
        + "not know counts as existing. PostgreSQL only.",
    remediation = "Write CREATE INDEX CONCURRENTLY, in a migration the tool runs without a transaction. If it "
        + "fails it leaves an INVALID index behind: drop it and build it again.",
    lock = "SHARE on the table until the index is built: blocks INSERT, UPDATE and DELETE; reads go on",
    badExample = "CREATE INDEX orders_customer_id_idx ON orders (customer_id);",
    safeExample = "-- in a migration that runs outside a transaction\n"
        + "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);",
    equivalents = {"Squawk require-concurrent-index-creation", "Atlas PG101",
        "strong_migrations (adding an index non-concurrently)", "eugene E6"})
public final class CreateIndexNotConcurrently implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.CreateIndex create && !create.concurrently()
            && step.isExistingTable(create.table())) {
          report(context, step, create);
        }
      }
    }
  }

  private static void report(RuleContext context, SafetyStep step, Operation.CreateIndex create) {
    String table = SqlNames.of(create.table(), context.dialect());
    String transaction = ToolTransactions.outsideNote(context, step, true);
    context.report(Location.of(create.span(), create.table()), "CREATE INDEX on existing table " + table
            + " takes " + LockMode.SHARE.describe() + ", until the index is built")
        .remediation("Build the index with CONCURRENTLY, which lets reads and writes go on." + transaction,
            ConcurrentSql.createIndex(create, step.step().after()))
        .fix("Add CONCURRENTLY", List.of(TextEdit.insertAfter(create.indexKeyword(), " CONCURRENTLY")));
  }
}
