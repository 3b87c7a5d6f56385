package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;

/** A plain DROP INDEX locks the whole table, reads included, and queues every query behind it while it waits. */
@RuleInfo(
    id = "drop-index-not-concurrently",
    severity = Severity.WARNING,
    category = "safety",
    summary = "DROP INDEX without CONCURRENTLY locks an existing table against reads and writes",
    description = "A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table. The drop itself is "
        + "quick, but the lock must wait for every running query on the table to finish, and every query that "
        + "arrives meanwhile queues behind it: a long report on the table stalls the application. DROP INDEX "
        + "CONCURRENTLY waits for those queries without blocking new ones. It cannot run inside a transaction "
        + "block, drops one index per statement, and refuses CASCADE. Indexes of tables created earlier in the "
        + "same migration are not reported; an index the replay does not know counts as one on an existing "
        + "table. PostgreSQL only.",
    remediation = "Write DROP INDEX CONCURRENTLY, one statement per index, in a migration the tool runs without a "
        + "transaction.",
    lock = "ACCESS EXCLUSIVE on the index's table: blocks every read and write while it waits and while it drops",
    badExample = "DROP INDEX orders_customer_id_idx;",
    safeExample = "-- in a migration that runs outside a transaction\n"
        + "DROP INDEX CONCURRENTLY orders_customer_id_idx;",
    equivalents = {"Squawk require-concurrent-index-deletion", "Atlas PG102",
        "strong_migrations (removing an index non-concurrently)"})
public final class DropIndexNotConcurrently implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.DropIndex drop && !drop.concurrently()) {
          List<ObjectPath> existing = drop.indexes().stream().filter(index -> onExistingTable(step, index))
              .toList();
          if (!existing.isEmpty()) {
            report(context, step, drop, existing.get(0));
          }
        }
      }
    }
  }

  /** An index the replay does not know may sit on any table, so it counts as one on an existing table. */
  private static boolean onExistingTable(SafetyStep step, ObjectPath index) {
    return step.step().before().index(index).map(Index::table).map(step::isExistingTable).orElse(true);
  }

  private static void report(RuleContext context, SafetyStep step, Operation.DropIndex drop, ObjectPath index) {
    Dialect dialect = context.dialect();
    Optional<ObjectPath> table = step.step().before().index(index).map(Index::table);
    String where = table.map(t -> " on existing table " + SqlNames.of(t, dialect)).orElse("");
    String subject = drop.indexes().size() == 1 ? "DROP INDEX " + SqlNames.of(index, dialect) + where
        : "DROP INDEX of " + drop.indexes().size() + " indexes";
    String lock = table.isPresent() ? LockMode.ACCESS_EXCLUSIVE.describe()
        : "an ACCESS EXCLUSIVE lock on the index's table, which blocks every read and write of it";
    String transaction = ToolTransactions.outsideNote(context, step, true);
    FindingBuilder finding = context.report(Location.of(drop.span(), index), subject + " takes " + lock
        + "; while it waits for running queries to finish, every new query on the table queues behind it");
    if (drop.cascade()) {
      finding.remediation("Drop what depends on the index first, then drop the index with CONCURRENTLY: PostgreSQL "
          + "does not allow CASCADE with CONCURRENTLY." + transaction, ConcurrentSql.dropIndexes(drop, dialect));
    } else if (drop.indexes().size() == 1) {
      finding.remediation("Drop the index with CONCURRENTLY, which does not block queries while it waits."
              + transaction, ConcurrentSql.dropIndexes(drop, dialect))
          .fix("Add CONCURRENTLY", List.of(TextEdit.insertAfter(drop.indexKeyword(), " CONCURRENTLY")));
    } else {
      finding.remediation("Drop each index in a statement of its own with CONCURRENTLY: PostgreSQL drops only "
          + "one index at a time concurrently." + transaction, ConcurrentSql.dropIndexes(drop, dialect));
    }
  }
}
