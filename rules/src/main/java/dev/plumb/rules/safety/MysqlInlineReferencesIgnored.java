package dev.plumb.rules.safety;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;
import java.util.Optional;

/** MySQL parses a column's inline REFERENCES and throws it away: the foreign key the author meant never exists. */
@RuleInfo(
    id = "mysql-inline-references-ignored",
    severity = Severity.WARNING,
    category = "safety",
    summary = "An inline REFERENCES on a MySQL column creates no foreign key",
    description = "MySQL up to 8.4 parses `owner_id int REFERENCES users (id)` in CREATE TABLE and ADD COLUMN "
        + "and silently ignores it: no foreign key is created, no index, no check, and `SHOW CREATE TABLE` "
        + "shows none. Rows pointing at nothing go in unnoticed. Only a separate `FOREIGN KEY (...) REFERENCES` "
        + "specification creates one (MySQL 9.0 and later honour the inline form too; the separate form works "
        + "in every version). MariaDB honours the inline form since 10.5, so the rule says nothing for "
        + "`mariadb`.",
    remediation = "Declare the foreign key as a table constraint: `FOREIGN KEY (column) REFERENCES table "
        + "(column)`.",
    badExample = "CREATE TABLE pets (owner_id int REFERENCES users (id));",
    safeExample = "CREATE TABLE pets (owner_id int, FOREIGN KEY (owner_id) REFERENCES users (id));",
    equivalents = {"Atlas MY102"})
public final class MysqlInlineReferencesIgnored implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.MYSQL) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.CreateTable create) {
          create.columns().stream().filter(c -> c.references().isPresent())
              .forEach(c -> report(context, create.table(), c, false));
        } else if (operation instanceof Operation.AlterTable alter) {
          alter.changes().stream().filter(c -> c instanceof TableChange.AddColumn)
              .map(c -> ((TableChange.AddColumn) c).column()).filter(c -> c.references().isPresent())
              .forEach(c -> report(context, alter.table(), c, true));
        }
      }
    }
  }

  private static void report(RuleContext context, ObjectPath table, ColumnDefinition column, boolean added) {
    ObjectPath target = column.references().orElseThrow();
    String constraint = foreignKeyClause(column, target, context.dialect());
    FindingBuilder finding = context.report(
        Location.of(column.referencesSpan().orElse(column.span()), table.child(column.name())),
        "Column " + table.child(column.name()) + " has an inline REFERENCES " + target + ", which MySQL (before "
            + "9.0) ignores: no foreign key is created");
    String name = SqlNames.of(column.name(), context.dialect());
    if (added) {
      finding.remediation("Add the foreign key as a change of its own in the same ALTER TABLE:",
          "ALTER TABLE " + SqlNames.of(table, context.dialect()) + " ADD COLUMN " + name + " "
              + column.typeText().strip() + ", ADD " + constraint + ";");
    } else {
      finding.remediation("Declare the foreign key as a table constraint:", constraint);
    }
    // Splitting the column before REFERENCES keeps the clause as written, actions and all, but only where the
    // clause ends the column: attributes after it would then belong to the constraint.
    Optional<SourceSpan> clause = column.referencesSpan().filter(s -> endsAt(s, column.span()));
    clause.ifPresent(s -> finding.fix("Make the REFERENCES a FOREIGN KEY of its own", List.of(
        TextEdit.insertBefore(s, ", " + (added ? "ADD " : "") + "FOREIGN KEY (" + name + ") "))));
  }

  private static boolean endsAt(SourceSpan clause, SourceSpan column) {
    return clause.endLine() == column.endLine() && clause.endColumn() == column.endColumn();
  }

  /** The table constraint the inline clause meant: the clause as written, after FOREIGN KEY (column). */
  private static String foreignKeyClause(ColumnDefinition column, ObjectPath target, Dialect dialect) {
    return "FOREIGN KEY (" + SqlNames.of(column.name(), dialect) + ") "
        + column.referencesClause().orElse("REFERENCES " + SqlNames.of(target, dialect));
  }
}
