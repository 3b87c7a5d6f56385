package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.Operation.TransactionControl;
import java.util.List;

/**
 * BEGIN inside a transaction does not nest, and COMMIT inside the tool's transaction ends it early: either way the
 * statements no longer run in the transaction the author thinks they do.
 */
@RuleInfo(
    id = "transaction-nesting",
    severity = Severity.WARNING,
    category = "safety",
    summary = "BEGIN inside a transaction, or COMMIT or ROLLBACK inside the migration tool's transaction",
    description = "Transactions do not nest. A BEGIN inside an open transaction is ignored with a warning by "
        + "PostgreSQL (SQLite refuses it, MySQL commits the open transaction first), so the COMMIT meant for it "
        + "ends the outer one. In a file the migration tool runs in a transaction of its own (assumeInTransaction, "
        + "by default per layout), a COMMIT ends the tool's transaction early: the statements after it run "
        + "without one, and a failure among them leaves the migration half applied; a ROLLBACK undoes what came "
        + "before it while the tool still records the migration as applied. golang-migrate opens no transaction "
        + "itself (PostgreSQL's implicit one for a multi-statement file gives way to an explicit BEGIN), so "
        + "BEGIN ... COMMIT in its files is fine.",
    remediation = "Remove the BEGIN and COMMIT where the tool already runs the file in a transaction, or have the "
        + "tool run the file without one; close a transaction before opening the next.",
    badExample = "-- Flyway runs this file in a transaction already\nBEGIN;\nALTER TABLE orders ADD COLUMN note text;"
        + "\nCOMMIT;",
    safeExample = "ALTER TABLE orders ADD COLUMN note text;",
    equivalents = {"Squawk transaction-nesting"})
public final class TransactionNesting implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() == Dialect.H2 || context.migrations().isEmpty()) {
      return;
    }
    boolean toolBegins = !context.migrations().get().layout().equals(ToolTransactions.GOLANG_MIGRATE);
    for (List<SafetyStep> file : SafetySteps.byMigration(SafetySteps.of(context))) {
      boolean wrapped = toolBegins && file.get(0).inTransaction();
      SourceSpan openedBy = null;
      for (SafetyStep step : file) {
        for (Operation operation : step.operations()) {
          if (operation instanceof Operation.Transaction control) {
            openedBy = check(context, wrapped, step, control, openedBy);
          }
        }
      }
    }
  }

  /** Reports one control statement; returns the BEGIN of the explicit transaction open after it, if any. */
  private static SourceSpan check(RuleContext context, boolean wrapped, SafetyStep step,
                                  Operation.Transaction control, SourceSpan openedBy) {
    String why = ToolTransactions.whyWrapped(context.migrations().orElseThrow().layout(), step.migration(),
        context.settings());
    TransactionControl kind = control.control();
    if (kind == TransactionControl.BEGIN) {
      if (step.inTransaction() && step.explicitTransaction() && openedBy != null) {
        context.report(Location.of(control.span()), "BEGIN inside the transaction opened on line "
                + openedBy.line() + ": " + ignored(context.dialect()))
            .remediation("COMMIT the first transaction before opening the next, or remove this BEGIN.");
      } else if (step.inTransaction() && wrapped) {
        context.report(Location.of(control.span()), "BEGIN inside the migration tool's transaction (" + why
                + "): " + ignored(context.dialect()))
            .remediation("Remove the BEGIN and its COMMIT: the tool already runs the file in a transaction. If the "
                + "file must manage its own transactions, have the tool run it without one.");
      }
      return openedBy != null && step.inTransaction() ? openedBy : control.span();
    }
    if ((kind == TransactionControl.COMMIT || kind == TransactionControl.ROLLBACK) && wrapped
        && step.inTransaction()) {
      String effect = kind == TransactionControl.COMMIT
          ? "the statements after it run without a transaction, so a failure among them leaves the migration "
              + "half applied"
          : "what came before it is undone, yet the tool goes on and records the migration as applied";
      context.report(Location.of(control.span()), kind + " ends the migration tool's transaction early (" + why
              + "): " + effect)
          .remediation("Remove the " + kind + ": the tool commits the file's transaction itself. If the file must "
              + "manage its own transactions, have the tool run it without one.");
    }
    return kind == TransactionControl.COMMIT || kind == TransactionControl.ROLLBACK ? null : openedBy;
  }

  private static String ignored(Dialect dialect) {
    return switch (dialect) {
      case SQLITE -> "SQLite refuses it (cannot start a transaction within a transaction)";
      case MYSQL, MARIADB -> "MySQL commits the open transaction first, so the statements before it are no longer "
          + "part of the one that follows";
      default -> "PostgreSQL ignores it with a warning, so the COMMIT meant for it ends the outer transaction";
    };
  }
}
