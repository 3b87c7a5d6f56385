package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedColumn;

/** A column of another type than the code expects truncates, rounds or rejects values the code sends. */
@RuleInfo(
    id = "column-type-mismatch",
    severity = Severity.ERROR,
    category = "expected",
    summary = "A column's type differs from the expected type",
    description = "The column exists with another data type than the expected schema gives. Types are compared "
        + "after normalisation, so synonyms (`int4` and `integer`, `timestamptz` and `timestamp with time zone`, "
        + "`varchar(n)` and `character varying(n)`) match. A length, precision or scale the expected schema "
        + "leaves out matches any.",
    remediation = "Change the column's type in a new migration, or correct the expected schema if the database is "
        + "right.")
public final class ColumnTypeMismatch implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    ExpectedColumns.forEachPresent(context, this::checkColumn);
  }

  private void checkColumn(RuleContext context, Table table, ExpectedColumn expected, Column actual) {
    if (expected.type().isEmpty() || actual.type().satisfies(expected.type().get())) {
      return;
    }
    DataType wanted = expected.type().get();
    FindingBuilder finding = context.report(Location.of(expected.span(), actual.path()),
        "Column " + actual.path() + " is " + actual.type().toSql() + " but " + wanted.toSql() + " is expected");
    actual.span().ifPresent(span -> finding.related(span, "column " + actual.name() + " is declared here"));
    finding.remediation("Change the type in a new migration (this rewrites the table on most changes):",
        ExpectedColumnSql.ddl(context.dialect()).alterColumnType(table.path(),
            ExpectedColumnSql.restated(actual, expected)));
  }
}
