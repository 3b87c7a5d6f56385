package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedColumn;

/**
 * A nullable column the code treats as NOT NULL lets NULLs in that the code then trips over; a NOT NULL column
 * the code may leave empty rejects its inserts.
 */
@RuleInfo(
    id = "column-nullability-mismatch",
    severity = Severity.ERROR,
    category = "expected",
    summary = "A column's nullability differs from the expected nullability",
    description = "The expected schema says `nullable: false` and the column accepts NULL, or `nullable: true` and "
        + "the column is NOT NULL. Primary key columns count as NOT NULL.",
    remediation = "Set or drop NOT NULL in a new migration (backfill NULLs first), or correct the expected schema.")
public final class ColumnNullabilityMismatch implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    ExpectedColumns.forEachPresent(context, this::checkColumn);
  }

  private void checkColumn(RuleContext context, Table table, ExpectedColumn expected, Column actual) {
    if (expected.nullable().isEmpty() || expected.nullable().get() == actual.nullable()) {
      return;
    }
    DdlWriter ddl = ExpectedColumnSql.ddl(context.dialect());
    boolean wantNullable = expected.nullable().get();
    String message = wantNullable
        ? "Column " + actual.path() + " is NOT NULL but the expected schema allows NULL"
        : "Column " + actual.path() + " allows NULL but the expected schema says NOT NULL";
    FindingBuilder finding = context.report(Location.of(expected.span(), actual.path()), message);
    actual.span().ifPresent(span -> finding.related(span, "column " + actual.name() + " is declared here"));
    if (wantNullable) {
      finding.remediation("Drop the NOT NULL constraint in a new migration:",
          ddl.dropNotNull(table.path(), ExpectedColumnSql.restated(actual, expected)));
    } else {
      String column = ddl.name(actual.name());
      finding.remediation("Backfill the NULLs, then set NOT NULL in a new migration:",
          "UPDATE " + ddl.tableName(table.path()) + " SET " + column + " = <value> WHERE " + column + " IS NULL;\n"
              + ddl.setNotNull(table.path(), ExpectedColumnSql.restated(actual, expected)));
    }
  }
}
