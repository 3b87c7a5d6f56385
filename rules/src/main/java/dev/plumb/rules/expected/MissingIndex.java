package dev.plumb.rules.expected;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.expected.ExpectedIndex;
import dev.plumb.core.model.expected.ExpectedTable;
import java.util.List;

/** A query the code runs on an unindexed column scans the whole table, and a missing unique index lets duplicates in. */
@RuleInfo(
    id = "missing-index",
    severity = Severity.WARNING,
    category = "expected",
    summary = "A table lacks an index the expected schema lists",
    description = "No index of the table has exactly the expected columns in the expected order. A primary key or "
        + "unique constraint on those columns counts as an index. With `unique: true` only a unique index, unique "
        + "constraint or primary key counts; with `name:` an index of that name must exist (on those columns).",
    remediation = "Create the index in a new migration, without blocking writes: `CREATE INDEX CONCURRENTLY` in "
        + "PostgreSQL (outside a transaction), `ALGORITHM=INPLACE, LOCK=NONE` in MySQL.")
public final class MissingIndex implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.expected().ifPresent(expected -> {
      for (ExpectedTable table : expected.tables()) {
        context.actual().table(table.path()).ifPresent(actual -> {
          for (ExpectedIndex index : table.indexes()) {
            if (!isSatisfied(index, actual)) {
              report(context, index, actual);
            }
          }
        });
      }
    });
  }

  private static boolean isSatisfied(ExpectedIndex expected, Table table) {
    boolean mustBeUnique = expected.unique().orElse(false);
    boolean byIndex = table.indexes().stream()
        .filter(index -> index.keys().stream().noneMatch(k -> k.expression()) && index.predicate().isEmpty())
        .filter(index -> index.columnNames().equals(expected.columns()))
        .filter(index -> !mustBeUnique || index.unique())
        .anyMatch(index -> expected.name().map(n -> n.equals(index.name())).orElse(true));
    if (byIndex || expected.name().isPresent()) {
      return byIndex;
    }
    boolean byPrimaryKey = table.primaryKey().map(pk -> pk.columns().equals(expected.columns())).orElse(false);
    boolean byUnique = table.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(expected.columns()));
    return byPrimaryKey || byUnique;
  }

  private static void report(RuleContext context, ExpectedIndex expected, Table table) {
    List<String> columns = expected.columns();
    boolean unique = expected.unique().orElse(false);
    String what = (unique ? "unique index" : "index") + expected.name().map(n -> " " + n).orElse("") + " on ("
        + String.join(", ", columns) + ")";
    FindingBuilder finding = context.report(Location.of(expected.span(), table.path()),
        "Table " + table.path() + " has no " + what + describeNear(table, columns));
    table.span().ifPresent(span -> finding.related(span, "table " + table.path() + " is created here"));
    String name = expected.name().orElse(table.name() + "_" + String.join("_", columns) + (unique ? "_key" : "_idx"));
    finding.remediation("Create the index in a new migration without blocking writes:",
        ExpectedColumnSql.ddl(context.dialect()).createIndexOnline(table.path(), name, columns, unique));
  }

  private static String describeNear(Table table, List<String> columns) {
    return table.indexes().stream()
        .filter(index -> index.columnNames().equals(columns))
        .findFirst()
        .map(Index::name)
        .map(name -> " (index " + name + " has those columns but not the expected name or uniqueness)")
        .orElse("");
  }
}
