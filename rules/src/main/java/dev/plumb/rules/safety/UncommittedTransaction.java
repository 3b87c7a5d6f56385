package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.Operation.TransactionControl;
import java.util.List;

/** A transaction left open when the file ends is rolled back, or swallows whatever the tool runs next. */
@RuleInfo(
    id = "uncommitted-transaction",
    severity = Severity.ERROR,
    category = "safety",
    summary = "A BEGIN with no COMMIT or ROLLBACK before the migration ends",
    description = "A migration that opens a transaction with BEGIN (or START TRANSACTION) and never commits it "
        + "leaves it open when the file ends: when the connection closes its changes are rolled back, though the "
        + "tool may already have recorded the migration as applied, and if the connection goes on, the tool's "
        + "own statements and the next migrations run inside it. A BEGIN inside the transaction the tool wraps "
        + "the file in opens nothing (transaction-nesting reports it); on MySQL and MariaDB a later DDL "
        + "statement commits the transaction implicitly.",
    remediation = "Add COMMIT at the end of the migration, or remove the BEGIN if the tool already runs the file in "
        + "a transaction.",
    badExample = "BEGIN;\nALTER TABLE orders ADD COLUMN note text;",
    safeExample = "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;",
    equivalents = {"Squawk ban-uncommitted-transaction"})
public final class UncommittedTransaction implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.migrations().isEmpty()) {
      return;
    }
    // PostgreSQL's implicit transaction of a multi-statement query becomes the BEGIN's, and stays open after it.
    boolean implicitGivesWay = context.migrations().get().layout().equals(ToolTransactions.GOLANG_MIGRATE);
    for (List<SafetyStep> file : SafetySteps.byMigration(SafetySteps.of(context))) {
      SourceSpan open = null;
      for (SafetyStep step : file) {
        if (open != null && !step.inTransaction()) {
          open = null;
        }
        for (Operation operation : step.operations()) {
          if (operation instanceof Operation.Transaction control) {
            TransactionControl kind = control.control();
            if (kind == TransactionControl.BEGIN && open == null
                && (!step.inTransaction() || implicitGivesWay && !step.explicitTransaction())) {
              open = control.span();
            } else if (kind == TransactionControl.COMMIT || kind == TransactionControl.ROLLBACK) {
              open = null;
            }
          }
        }
      }
      if (open != null) {
        SourceSpan last = file.get(file.size() - 1).step().span();
        context.report(Location.of(open), "BEGIN opens a transaction that nothing commits before the migration "
                + "ends: its changes are rolled back when the connection closes, or what runs next on the "
                + "connection runs inside it")
            .remediation("Add COMMIT at the end of the migration, or remove the BEGIN if the tool already runs the "
                + "file in a transaction.", "COMMIT;")
            .fix("Add COMMIT at the end of the migration", List.of(TextEdit.insertAfter(last, ";\nCOMMIT")));
      }
    }
  }
}
