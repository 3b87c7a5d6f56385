package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;
import java.util.Optional;

/** PostgreSQL refuses the CONCURRENTLY forms inside a transaction block, so the migration fails where it stands. */
@RuleInfo(
    id = "concurrently-in-transaction",
    severity = Severity.ERROR,
    category = "safety",
    summary = "A CONCURRENTLY statement runs inside a transaction, which PostgreSQL refuses",
    description = "CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX ... CONCURRENTLY and ALTER TABLE "
        + "... DETACH PARTITION ... CONCURRENTLY cannot run inside a transaction block: PostgreSQL stops them with "
        + "\"cannot run inside a transaction block\" and the migration fails. The transaction is the file's own "
        + "BEGIN or the one the migration tool wraps each file in (assumeInTransaction, by default per layout). "
        + "Plumb follows what the tools do. Flyway runs a migration holding CREATE or DROP INDEX CONCURRENTLY "
        + "without a transaction, but refuses it when it also holds any other statement, a SET included (unless "
        + "mixed is true): that is reported as well. Flyway does not recognise REINDEX INDEX or TABLE CONCURRENTLY "
        + "nor DETACH PARTITION CONCURRENTLY, so those run in its transaction. golang-migrate runs a file of a "
        + "single statement outside a transaction, and a file of several as one implicit transaction. A Flyway "
        + "script configuration (executeInTransaction) or dbmate's transaction:false decides for its migration. "
        + "PostgreSQL only.",
    remediation = "Move the statement into a migration of its own that the tool runs without a transaction "
        + "(Flyway: its own file; dbmate: `-- migrate:up transaction:false`; golang-migrate: a file holding only "
        + "that statement), or out of the BEGIN ... COMMIT block. If your tool does not wrap files in a "
        + "transaction, set assumeInTransaction: false.",
    badExample = "BEGIN;\nCREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);\nCOMMIT;",
    safeExample = "-- a migration of its own, run without a transaction\n"
        + "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);",
    equivalents = {"Squawk ban-concurrent-index-creation-in-transaction", "Atlas PG103"})
public final class ConcurrentlyInTransaction implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL || context.migrations().isEmpty()) {
      return;
    }
    String layout = context.migrations().get().layout();
    for (List<SafetyStep> file : SafetySteps.byMigration(SafetySteps.of(context))) {
      boolean refusedMix = ToolTransactions.flywayRefusesMix(layout, file.get(0).migration(),
          file.stream().map(SafetyStep::step).toList(), context.settings(), context.dialect());
      for (SafetyStep step : file) {
        for (Operation operation : step.operations()) {
          if (!ToolTransactions.isConcurrent(operation)) {
            continue;
          }
          if (step.inTransaction()) {
            reportInTransaction(context, layout, step, operation);
          } else if (refusedMix) {
            reportMix(context, step, operation, file.size());
          }
        }
      }
    }
  }

  private static void reportInTransaction(RuleContext context, String layout, SafetyStep step,
                                          Operation operation) {
    String statement = name(operation);
    String why = step.explicitTransaction() ? "the BEGIN before it opened one"
        : ToolTransactions.whyWrapped(layout, step.migration(), context.settings());
    FindingBuilder finding = context.report(Location.of(operation.span()), statement + " runs inside a "
        + "transaction (" + why + "), and PostgreSQL refuses it: " + refusal(operation)
        + " cannot run inside a transaction block");
    String sql = concurrentSql(step, operation, context.dialect());
    if (step.explicitTransaction()) {
      finding.remediation("Move it out of the BEGIN ... COMMIT block, after the COMMIT.", sql);
      return;
    }
    String how = step.migration().transactional().isPresent() && layout.equals(ToolTransactions.FLYWAY)
        ? "Set executeInTransaction=false in " + step.migration().upFile() + ".conf, or move the statement into a "
            + "migration of its own."
        : ToolTransactions.howToRunOutside(layout, step.migration().upFile(), flywayKnows(operation));
    String setting = context.settings().assumeInTransaction().isPresent()
        || step.migration().transactional().isPresent() ? ""
        : " If your tool does not run migrations in a transaction, set assumeInTransaction: false.";
    finding.remediation(how + setting, layout.equals("dbmate") ? "-- migrate:up transaction:false\n" + sql : sql);
  }

  private static void reportMix(RuleContext context, SafetyStep step, Operation operation, int statements) {
    String others = statements == 2 ? "1 other statement" : (statements - 1) + " other statements";
    context.report(Location.of(operation.span()), "Flyway runs a migration holding " + name(operation)
            + " without a transaction, and refuses this one because it also holds " + others
            + " (unless mixed is true, which runs them all without a transaction)")
        .remediation(ToolTransactions.howToRunOutside(ToolTransactions.FLYWAY, step.migration().upFile(), true)
            + " If you run Flyway with mixed = true, set assumeInTransaction: false.",
            concurrentSql(step, operation, context.dialect()));
  }

  private static String name(Operation operation) {
    if (operation instanceof Operation.CreateIndex) {
      return "CREATE INDEX CONCURRENTLY";
    }
    if (operation instanceof Operation.DropIndex) {
      return "DROP INDEX CONCURRENTLY";
    }
    if (operation instanceof Operation.Reindex reindex) {
      return "REINDEX " + reindex.target() + " CONCURRENTLY";
    }
    return "DETACH PARTITION CONCURRENTLY";
  }

  /** The statement as PostgreSQL's error message names it. */
  private static String refusal(Operation operation) {
    if (operation instanceof Operation.Reindex) {
      return "REINDEX CONCURRENTLY";
    }
    if (operation instanceof Operation.AlterTable) {
      return "ALTER TABLE ... DETACH CONCURRENTLY";
    }
    return name(operation);
  }

  /** Whether Flyway, on its own, runs a migration holding this statement without a transaction. */
  private static boolean flywayKnows(Operation operation) {
    if (operation instanceof Operation.Reindex reindex) {
      return !reindex.target().equals("INDEX") && !reindex.target().equals("TABLE");
    }
    return !(operation instanceof Operation.AlterTable);
  }

  private static String concurrentSql(SafetyStep step, Operation operation, Dialect dialect) {
    if (operation instanceof Operation.CreateIndex create) {
      return ConcurrentSql.createIndex(create, step.step().after());
    }
    if (operation instanceof Operation.DropIndex drop) {
      return ConcurrentSql.dropIndexes(drop, dialect);
    }
    if (operation instanceof Operation.Reindex reindex) {
      return ConcurrentSql.reindex(reindex, dialect);
    }
    Operation.AlterTable alter = (Operation.AlterTable) operation;
    Optional<TableChange.Partition> detach = alter.changes().stream()
        .filter(c -> c instanceof TableChange.Partition p && p.concurrently())
        .map(TableChange.Partition.class::cast).findFirst();
    return ConcurrentSql.detach(alter.table(), detach.orElseThrow().partition(), dialect);
  }
}
