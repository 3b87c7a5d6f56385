package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.ddl.TypeDefaults;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedColumn;
import java.util.Optional;

/** Code that leaves a column out of its INSERTs relies on the database's default being the one it expects. */
@RuleInfo(
    id = "column-default-mismatch",
    severity = Severity.WARNING,
    category = "expected",
    summary = "A column's DEFAULT differs from the expected default",
    description = "With `default:` the expected schema names the exact default; with `hasDefault: true` it only "
        + "requires some default (or an identity or generated column), with `hasDefault: false` none. Defaults "
        + "are compared as the database means them: casts such as `::text`, outer parentheses, case and spacing "
        + "are ignored, and `now()` equals `CURRENT_TIMESTAMP`.",
    remediation = "Set or drop the default in a new migration, or correct the expected schema.")
public final class ColumnDefaultMismatch implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    ExpectedColumns.forEachPresent(context, this::checkColumn);
  }

  private void checkColumn(RuleContext context, Table table, ExpectedColumn expected, Column actual) {
    DdlWriter ddl = ExpectedColumnSql.ddl(context.dialect());
    Optional<String> wanted = expected.defaultExpression();
    if (wanted.isPresent()) {
      if (actual.defaultExpression().map(d -> DefaultExpressions.same(d, wanted.get())).orElse(false)) {
        return;
      }
      String now = actual.defaultExpression().map(d -> "has DEFAULT " + d).orElse("has no default");
      report(context, expected, actual, "Column " + actual.path() + " " + now + " but DEFAULT " + wanted.get()
          + " is expected")
          .remediation("Set the expected default in a new migration:",
              ddl.setDefault(table.path(), actual.name(), wanted.get()));
      return;
    }
    Optional<Boolean> mustHave = expected.hasDefault();
    if (mustHave.isEmpty() || mustHave.get() == actual.hasDefault()) {
      return;
    }
    if (mustHave.get()) {
      FindingBuilder finding = report(context, expected, actual,
          "Column " + actual.path() + " has no default but the expected schema requires one");
      Optional<String> suggestion = TypeDefaults.suggest(actual.type(), context.dialect());
      String value = suggestion.orElse("<value>");
      finding.remediation("Give the column a default in a new migration" + (suggestion.isPresent() ? ":"
          : ", choosing a value for its type:"), ddl.setDefault(table.path(), actual.name(), value));
    } else {
      report(context, expected, actual, "Column " + actual.path() + " has DEFAULT "
          + actual.defaultExpression().orElse("(generated)") + " but the expected schema says it has none")
          .remediation("Drop the default in a new migration:", ddl.dropDefault(table.path(), actual.name()));
    }
  }

  private static FindingBuilder report(RuleContext context, ExpectedColumn expected, Column actual, String message) {
    FindingBuilder finding = context.report(Location.of(expected.span(), actual.path()), message);
    actual.span().ifPresent(span -> finding.related(span, "column " + actual.name() + " is declared here"));
    return finding;
  }
}
