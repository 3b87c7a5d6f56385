package dev.plumb.rules.expected;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.ddl.DdlWriter.ColumnSpec;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.model.expected.ExpectedTable;
import java.util.List;
import java.util.Optional;

/** Code that reads or writes a table the database lacks fails on its first query. */
@RuleInfo(
    id = "missing-table",
    severity = Severity.ERROR,
    category = "expected",
    summary = "A table the expected schema lists does not exist",
    description = "The expected schema lists a table that the schema under check does not have. A required table "
        + "(the default) is reported at the rule's severity; a table marked `required: false` is reported one "
        + "step lower (a warning by default), since the application can run without it.",
    remediation = "Add a migration that creates the table, or mark it `required: false` if the application "
        + "copes without it.")
public final class MissingTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Optional<ExpectedSchema> expected = context.expected();
    if (expected.isEmpty()) {
      return;
    }
    DdlWriter ddl = new DdlWriter(context.dialect());
    for (ExpectedTable table : expected.get().tables()) {
      if (context.actual().table(table.path()).isPresent()) {
        continue;
      }
      String kind = table.required() ? "Required table" : "Optional table";
      context.report(Location.of(table.span(), table.path()), kind + " " + table.path() + " does not exist")
          .severity(table.required() ? context.severity() : context.severity().lower())
          .remediation("Create the table in a new migration:", createTable(ddl, table));
    }
  }

  private static String createTable(DdlWriter ddl, ExpectedTable table) {
    List<ColumnSpec> columns = table.columns().stream()
        .map(c -> ExpectedColumnSql.forNewColumn(c, ddl.dialect()))
        .flatMap(Optional::stream)
        .toList();
    List<String> primaryKey = table.primaryKey().map(pk -> pk.columns()).orElse(List.of());
    return ddl.createTable(table.path(), columns, primaryKey);
  }
}
