package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.ConstraintKind;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;

/** A UNIQUE constraint added to a table with rows builds its index while the table is closed to everyone. */
@RuleInfo(
    id = "unique-constraint-locks-table",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A UNIQUE constraint is added to an existing table, building its index under ACCESS EXCLUSIVE",
    description = "`ALTER TABLE ... ADD CONSTRAINT ... UNIQUE (cols)` (or `ADD COLUMN ... UNIQUE`) builds a "
        + "unique index over every row while it holds ACCESS EXCLUSIVE on the table, so every read and write "
        + "waits for the build. `CREATE UNIQUE INDEX CONCURRENTLY` builds the same index while reads and writes "
        + "go on, and `ADD CONSTRAINT ... UNIQUE USING INDEX` then turns it into the constraint in a moment. "
        + "Constraints written `USING INDEX` and tables created earlier in the same migration are not reported.",
    remediation = "Build the index with `CREATE UNIQUE INDEX CONCURRENTLY` (outside a transaction), then "
        + "`ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX ...`.",
    lock = "ACCESS EXCLUSIVE on the table while the index is built: blocks every read and write",
    badExample = "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
    safeExample = """
        CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);
        ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;""",
    equivalents = {"Squawk disallowed-unique-constraint", "Atlas PG105", "Atlas MF101",
        "strong_migrations (adding a unique constraint)", "eugene E7"})
public final class UniqueConstraintLocksTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.AddConstraint add && add.constraint().kind() == ConstraintKind.UNIQUE
          && add.constraint().usingIndex().isEmpty() && !add.constraint().columns().isEmpty()) {
        reportConstraint(context, site, add.constraint());
      } else if (site.change() instanceof TableChange.AddColumn add && add.column().unique()
          && !AddedColumns.failsOnRows(add.column())) {
        reportColumn(context, site, add.column());
      }
    }
  }

  private static void reportConstraint(RuleContext context, ExistingTableChange site,
                                       ConstraintDefinition constraint) {
    String index = PostgresNames.uniqueKey(site.table().name(), constraint.columns(), site.tableBefore());
    String name = constraint.name().orElse(index);
    context.report(site.location(name), "UNIQUE constraint " + name + " on existing table " + site.table()
            + " builds its index under " + LockMode.ACCESS_EXCLUSIVE.describe() + ", until every row is indexed")
        .remediation(remedy(), SafeSql.attachUniqueIndex(site.table(), index, name, "UNIQUE",
            constraint.columns(), site.dialect()));
  }

  private static void reportColumn(RuleContext context, ExistingTableChange site, ColumnDefinition column) {
    String index = PostgresNames.uniqueKey(site.table().name(), List.of(column.name()), site.tableBefore());
    context.report(site.location(column.name()), "Column " + column.name() + " is added UNIQUE to existing table "
            + site.table() + ": its index is built under " + LockMode.ACCESS_EXCLUSIVE.describe()
            + ", until every row is indexed")
        .remediation("Add the column without UNIQUE, then build its unique index with CREATE UNIQUE INDEX "
                + "CONCURRENTLY, which lets reads and writes go on, and attach it as the constraint with USING INDEX, "
                + "which locks only for a moment",
            SafeSql.addPlainColumn(site.table(), column, column.typeText().strip(), site.dialect())
                + SafeSql.attachUniqueIndex(site.table(), index, index, "UNIQUE", List.of(column.name()),
                site.dialect()));
  }

  private static String remedy() {
    return "Build the unique index with CREATE UNIQUE INDEX CONCURRENTLY, which lets reads and writes go on, "
        + "then attach it as the constraint with USING INDEX, which locks only for a moment";
  }
}
