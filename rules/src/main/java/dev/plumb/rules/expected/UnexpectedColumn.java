package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedTable;
import dev.plumb.core.model.expected.ExtraColumns;
import java.util.List;
import java.util.Locale;

/**
 * A column nobody expects is often a leftover of a half-done rename or a drift from a hotfix; NOT NULL ones
 * without a default make the application's INSERTs fail.
 */
@RuleInfo(
    id = "unexpected-column",
    severity = Severity.WARNING,
    category = "expected",
    summary = "A table has a column the expected schema does not list",
    description = "Reported only for tables whose expected entry says `extraColumns: warn` (as a warning) or "
        + "`extraColumns: error` (as an error); `allow`, the default, accepts any extra column. The `ignore` "
        + "option lists column names that are never reported (audit columns, for instance).",
    remediation = "List the column in the expected schema if the code uses it; otherwise drop it in a new migration "
        + "once no code reads it.")
public final class UnexpectedColumn implements SchemaRule {

  static final RuleOption<List<String>> IGNORE = RuleOption.stringList("ignore", List.of(),
      "Column names never reported, e.g. [created_at, updated_at].");

  @Override
  public List<RuleOption<?>> options() {
    return List.of(IGNORE);
  }

  @Override
  public void check(RuleContext context) {
    List<String> ignored = context.option(IGNORE);
    context.expected().ifPresent(expected -> {
      for (ExpectedTable table : expected.tables()) {
        if (table.extraColumns() == ExtraColumns.ALLOW) {
          continue;
        }
        context.actual().table(table.path()).ifPresent(actual -> {
          for (Column column : actual.columns()) {
            if (table.column(column.name()).isEmpty() && !ignored.contains(column.name())) {
              report(context, table, actual, column);
            }
          }
        });
      }
    });
  }

  private static void report(RuleContext context, ExpectedTable expected, Table table, Column column) {
    Location location = column.span().map(span -> Location.of(span, column.path()))
        .orElse(Location.of(expected.span(), column.path()));
    FindingBuilder finding = context.report(location, "Column " + column.path() + " is not in the expected schema")
        .severity(expected.extraColumns() == ExtraColumns.ERROR ? Severity.ERROR : Severity.WARNING)
        .related(expected.span(), "the expected schema lists table " + table.path() + " here (extraColumns: "
            + expected.extraColumns().name().toLowerCase(Locale.ROOT) + ")");
    var ddl = ExpectedColumnSql.ddl(context.dialect());
    finding.remediation("Add the column to the expected schema if the code uses it, or drop it once nothing reads it:",
        "ALTER TABLE " + ddl.tableName(table.path()) + " DROP COLUMN " + ddl.name(column.name()) + ";");
  }
}
