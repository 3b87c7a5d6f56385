package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedPrimaryKey;
import dev.plumb.core.model.expected.ExpectedTable;
import java.util.Optional;

/** Without the expected primary key, duplicate rows creep in and upserts and replication lose their key. */
@RuleInfo(
    id = "missing-primary-key",
    severity = Severity.ERROR,
    category = "expected",
    summary = "A table lacks the primary key the expected schema gives",
    description = "The expected schema gives `primaryKey:` for a table, and the table has no primary key, or one "
        + "on other columns (order matters).",
    remediation = "Add the primary key in a new migration (replacing the wrong one), or correct the expected "
        + "schema.")
public final class MissingPrimaryKey implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.expected().ifPresent(expected -> {
      for (ExpectedTable table : expected.tables()) {
        table.primaryKey().ifPresent(key ->
            context.actual().table(table.path()).ifPresent(actual -> checkTable(context, key, actual)));
      }
    });
  }

  private static void checkTable(RuleContext context, ExpectedPrimaryKey expected, Table table) {
    Optional<PrimaryKey> actual = table.primaryKey();
    if (actual.isPresent() && actual.get().columns().equals(expected.columns())) {
      return;
    }
    DdlWriter ddl = ExpectedColumnSql.ddl(context.dialect());
    String wanted = "(" + String.join(", ", expected.columns()) + ")";
    if (actual.isEmpty()) {
      FindingBuilder finding = context.report(Location.of(expected.span(), table.path()),
          "Table " + table.path() + " has no primary key; " + wanted + " is expected");
      table.span().ifPresent(span -> finding.related(span, "table " + table.path() + " is created here"));
      finding.remediation("Add the primary key in a new migration:",
          ddl.addPrimaryKey(table.path(), expected.columns()));
      return;
    }
    PrimaryKey found = actual.get();
    FindingBuilder finding = context.report(Location.of(expected.span(), table.path()),
        "Table " + table.path() + " has primary key (" + String.join(", ", found.columns()) + ") but " + wanted
            + " is expected");
    found.span().or(table::span).ifPresent(span -> finding.related(span, "the primary key is declared here"));
    String constraint = found.name().orElse(context.dialect().isMysqlFamily() ? "PRIMARY" : table.name() + "_pkey");
    finding.remediation("Replace the primary key in a new migration:",
        ddl.dropConstraint(table.path(), constraint) + "\n" + ddl.addPrimaryKey(table.path(), expected.columns()));
  }
}
