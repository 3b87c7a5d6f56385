package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.ddl.DdlWriter.ColumnSpec;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedColumn;
import dev.plumb.core.model.expected.ExpectedTable;
import java.util.Optional;

/** A column the code selects or inserts but no migration adds breaks every query that names it. */
@RuleInfo(
    id = "missing-column",
    severity = Severity.ERROR,
    category = "expected",
    summary = "A column the expected schema lists does not exist",
    description = "The table exists, but one of the columns the expected schema lists for it does not. Queries "
        + "that name the column fail at run time. (A missing table is reported by `missing-table` instead, not "
        + "once per column.)",
    remediation = "Add a migration with `ALTER TABLE ... ADD COLUMN`. A NOT NULL column needs a default, or must be "
        + "added nullable, backfilled and then set NOT NULL.")
public final class MissingColumn implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.expected().ifPresent(expected -> {
      for (ExpectedTable table : expected.tables()) {
        context.actual().table(table.path()).ifPresent(actual -> checkTable(context, table, actual));
      }
    });
  }

  private static void checkTable(RuleContext context, ExpectedTable expected, Table actual) {
    DdlWriter ddl = new DdlWriter(context.dialect());
    for (ExpectedColumn column : expected.columns()) {
      if (actual.column(column.name()).isPresent()) {
        continue;
      }
      FindingBuilder finding = context
          .report(Location.of(column.span(), actual.path().child(column.name())),
              "Column " + actual.path().child(column.name()) + " does not exist");
      actual.span().ifPresent(span -> finding.related(span, "table " + actual.path() + " is created here"));
      remediate(finding, ddl, actual, column);
    }
  }

  private static void remediate(FindingBuilder finding, DdlWriter ddl, Table table, ExpectedColumn column) {
    Optional<ColumnSpec> spec = ExpectedColumnSql.forNewColumn(column, ddl.dialect());
    if (spec.isEmpty()) {
      finding.remediation("Add the column in a new migration; the expected schema gives no type for it.");
      return;
    }
    ColumnSpec wanted = spec.get();
    if (!wanted.notNull() || wanted.defaultExpression().isPresent()) {
      finding.remediation("Add the column in a new migration:", ddl.addColumn(table.path(), wanted));
      return;
    }
    // NOT NULL without a default fails on a table with rows: add it nullable, backfill, then constrain it.
    ColumnSpec nullable = new ColumnSpec(wanted.name(), wanted.type(), false, Optional.empty());
    String sql = ddl.addColumn(table.path(), nullable) + "\n"
        + "UPDATE " + ddl.tableName(table.path()) + " SET " + ddl.name(wanted.name())
        + " = <value> WHERE " + ddl.name(wanted.name()) + " IS NULL;\n"
        + ddl.setNotNull(table.path(), wanted);
    finding.remediation("Add the column nullable, backfill it with a value of your choice, then set NOT NULL:", sql);
  }
}
