package dev.plumb.rules.expected;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedColumn;
import dev.plumb.core.model.expected.ExpectedTable;

/** Walks the expected columns that exist in the schema under check, for the rules that compare attributes. */
final class ExpectedColumns {

  /** What a rule does with one expected column and the actual column of the same name. */
  @FunctionalInterface
  interface ColumnCheck {
    void check(RuleContext context, Table table, ExpectedColumn expected, Column actual);
  }

  private ExpectedColumns() {
  }

  static void forEachPresent(RuleContext context, ColumnCheck check) {
    context.expected().ifPresent(expected -> {
      for (ExpectedTable table : expected.tables()) {
        context.actual().table(table.path()).ifPresent(actual -> {
          for (ExpectedColumn column : table.columns()) {
            actual.column(column.name()).ifPresent(found -> check.check(context, actual, column, found));
          }
        });
      }
    });
  }
}
