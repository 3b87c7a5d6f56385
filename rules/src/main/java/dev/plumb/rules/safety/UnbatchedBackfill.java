package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A backfill of a whole table in one statement locks every row it touches until it commits, and one that shares a
 * transaction with DDL on the table keeps the DDL's lock for as long as it runs.
 */
@RuleInfo(
    id = "unbatched-backfill",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A whole-table UPDATE or DELETE runs as one long transaction, or under a schema change's lock",
    description = "An UPDATE or DELETE without WHERE on a table that existed before the migration changes every "
        + "row in one transaction: each row stays locked until it commits, so the application's writes to those "
        + "rows wait, and it writes a new version of every row at once (a burst of WAL or binary log, replicas "
        + "falling behind, a bloated table). In PostgreSQL, an UPDATE or DELETE that runs in the same transaction "
        + "as DDL on the same table (ALTER TABLE, CREATE INDEX) is reported even with a WHERE: the DDL's lock, "
        + "often ACCESS EXCLUSIVE, stays held until the backfill commits. Tables the same migration created are "
        + "not reported. PostgreSQL, MySQL and MariaDB.",
    remediation = "Backfill in batches of a few thousand rows, each in its own transaction, from a separate "
        + "migration that runs outside a transaction or from a job, after the schema change has committed.",
    lock = "Row locks on every row changed, until the transaction commits; and whatever lock earlier DDL in the same "
        + "transaction took on the table, for just as long",
    badExample = """
        ALTER TABLE orders ADD COLUMN status text;
        UPDATE orders SET status = 'new';""",
    safeExample = """
        -- V2: ALTER TABLE orders ADD COLUMN status text;
        -- V3, a migration that runs outside a transaction:
        DO $$
        DECLARE
          batch_from bigint;
          batch_max bigint;
        BEGIN
          SELECT min(id) - 1, max(id) INTO batch_from, batch_max FROM orders;
          WHILE batch_from < batch_max LOOP
            UPDATE orders SET status = 'new' WHERE id > batch_from AND id <= batch_from + 10000;
            batch_from := batch_from + 10000;
            COMMIT;
          END LOOP;
        END $$;""",
    equivalents = {"strong_migrations (backfilling data)"})
public final class UnbatchedBackfill implements SchemaRule {

  /** A traffic-blocking lock earlier DDL of the transaction holds on a table, and the statement that took it. */
  private record Held(LockMode mode, String verb, SourceSpan span) {
  }

  @Override
  public void check(RuleContext context) {
    Dialect dialect = context.dialect();
    if (dialect != Dialect.POSTGRESQL && !dialect.isMysqlFamily()) {
      return;
    }
    List<SafetyStep> steps = SafetySteps.of(context);
    PreexistingObjects preexisting = PreexistingObjects.of(context);
    Map<Integer, Map<ObjectPath, Held>> heldByTransaction = new HashMap<>();
    for (SafetyStep step : steps) {
      Map<ObjectPath, Held> held = step.inTransaction() && dialect == Dialect.POSTGRESQL
          ? heldByTransaction.computeIfAbsent(step.transaction(), t -> new HashMap<>()) : Map.of();
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.DataChange change && !change.command().equals("INSERT")) {
          Optional<Held> lock = Optional.ofNullable(held.get(change.table()));
          if ((!change.filtered() || lock.isPresent()) && preexisting.tableExisted(step, change.table())) {
            report(change, lock, step, context);
          }
        }
      }
      if (step.inTransaction() && dialect == Dialect.POSTGRESQL) {
        remember(step, held);
      }
    }
  }

  private static void remember(SafetyStep step, Map<ObjectPath, Held> held) {
    for (Operation operation : step.operations()) {
      if (operation instanceof Operation.DataChange) {
        continue;
      }
      for (TableLock lock : step.locks(operation)) {
        Held earlier = held.get(lock.table());
        boolean stronger = earlier == null || lock.mode().strongest(earlier.mode()) != earlier.mode();
        if (lock.mode().blocksTraffic() && stronger) {
          held.put(lock.table(), new Held(lock.mode(), step.step().verb(), operation.span()));
        }
      }
    }
  }

  private static void report(Operation.DataChange change, Optional<Held> lock, SafetyStep step,
                             RuleContext context) {
    Dialect dialect = context.dialect();
    String table = SqlNames.of(change.table(), dialect);
    StringBuilder message = new StringBuilder(change.command()).append(" of ");
    if (!change.filtered()) {
      message.append("existing table ").append(table).append(" has no WHERE: it ")
          .append(change.command().equals("DELETE") ? "deletes" : "changes").append(" every row in one "
              + "transaction, keeping each locked until it commits, so the application's writes to them wait, and ")
          .append(dialect.isMysqlFamily() ? "the undo log and binary log grow with the table (replicas fall "
              + "behind while they replay it)" : "writes a new version of every row at once (a burst of WAL, "
              + "replicas falling behind, a bloated table)");
      lock.ifPresent(held -> message.append("; it also runs in the same transaction as the ").append(held.verb())
          .append(" on line ").append(held.span().line()).append(", so ").append(held.mode().describe())
          .append(", stays held until it commits"));
    } else {
      Held held = lock.orElseThrow();
      message.append(table).append(" runs in the same transaction as the ").append(held.verb()).append(" on line ")
          .append(held.span().line()).append(", so ").append(held.mode().describe()).append(", stays held until "
              + "the ").append(change.command()).append(" commits");
    }
    BatchedSql batched = BatchedSql.of(change.table(), step.step().before(), dialect);
    Optional<String> condition = change.filtered() ? Optional.of("<its WHERE condition>") : Optional.empty();
    String sql = change.command().equals("DELETE") ? batched.delete(condition)
        : batched.update(batched.assignments(change.assignedColumns()), condition, Optional.empty(),
            context.settings().postgresVersion());
    String advice = lock.isPresent()
        ? "Run it after the schema change has committed, in a separate migration (or after a COMMIT), and in "
            + "batches, each in its own short transaction:"
        : "Backfill in batches, each in its own short transaction, from a separate migration that runs outside a "
            + "transaction or from a job:";
    context.report(Location.of(change.span(), change.table()), message.toString()).remediation(advice, sql);
  }
}
