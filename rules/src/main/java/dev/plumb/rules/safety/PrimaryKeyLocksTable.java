package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.ConstraintKind;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;
import java.util.Optional;

/** A primary key added to a table with rows builds its index, and proves its columns NOT NULL, behind a full lock. */
@RuleInfo(
    id = "primary-key-locks-table",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A primary key is added to an existing table, building its index under ACCESS EXCLUSIVE",
    description = "`ALTER TABLE ... ADD PRIMARY KEY (cols)`, and `ADD COLUMN ... PRIMARY KEY` (typically a serial "
        + "or identity column), build a unique index over every row while holding ACCESS EXCLUSIVE on the table; "
        + "nullable key columns are also made NOT NULL, which scans the table under the same lock. Every read and "
        + "write waits. Build the index with `CREATE UNIQUE INDEX CONCURRENTLY` instead and attach it with "
        + "`ADD CONSTRAINT ... PRIMARY KEY USING INDEX`, after making the columns NOT NULL the safe way. A key "
        + "written `USING INDEX`, a table created earlier in the same migration, and an added NOT NULL column that "
        + "nothing fills (`not-null-column-without-default` reports it: it fails) are not reported.",
    remediation = "Make the key columns NOT NULL through a validated CHECK, build the index with `CREATE UNIQUE "
        + "INDEX CONCURRENTLY`, then `ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX ...`.",
    lock = "ACCESS EXCLUSIVE on the table while the index is built (and nullable key columns are scanned): blocks "
        + "every read and write",
    badExample = "ALTER TABLE events ADD PRIMARY KEY (id);",
    safeExample = """
        ALTER TABLE events ADD CONSTRAINT events_id_not_null CHECK (id IS NOT NULL) NOT VALID;
        ALTER TABLE events VALIDATE CONSTRAINT events_id_not_null;
        ALTER TABLE events ALTER COLUMN id SET NOT NULL;
        ALTER TABLE events DROP CONSTRAINT events_id_not_null;
        CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);
        ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;""",
    equivalents = {"Squawk adding-serial-primary-key-field", "Atlas PG104"})
public final class PrimaryKeyLocksTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    int version = context.settings().postgresVersion();
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.AddConstraint add
          && add.constraint().kind() == ConstraintKind.PRIMARY_KEY && add.constraint().usingIndex().isEmpty()
          && !add.constraint().columns().isEmpty()) {
        reportConstraint(context, site, add.constraint(), version);
      } else if (site.change() instanceof TableChange.AddColumn add && add.column().primaryKey()
          && !AddedColumns.failsOnRows(add.column())) {
        reportColumn(context, site, add.column(), version);
      }
    }
  }

  private static void reportConstraint(RuleContext context, ExistingTableChange site,
                                       ConstraintDefinition constraint, int version) {
    String index = PostgresNames.primaryKey(site.table().name());
    String name = constraint.name().orElse(index);
    List<String> nullable = constraint.columns().stream().filter(c -> nullable(site, c)).toList();
    StringBuilder sql = new StringBuilder();
    for (String column : constraint.columns()) {
      Optional<Column> before = site.columnBefore(column);
      if (before.isEmpty()) {
        sql.append("-- if ").append(site.sql(column)).append(" may hold NULLs, make it NOT NULL first:\n");
      }
      if (before.map(Column::nullable).orElse(true)) {
        sql.append(SafeSql.setNotNull(site.table(), column, site.dialect(), version));
      }
    }
    sql.append(SafeSql.attachUniqueIndex(site.table(), index, name, "PRIMARY KEY", constraint.columns(),
        site.dialect()));
    String scan = nullable.isEmpty() ? "" : ", after scanning every row for NULLs in nullable column"
        + (nullable.size() > 1 ? "s " : " ") + String.join(", ", nullable);
    context.report(site.location(name), "Primary key " + name + " on existing table " + site.table()
            + " builds its index under " + LockMode.ACCESS_EXCLUSIVE.describe() + ", until every row is indexed"
            + scan)
        .remediation(remedy(), sql.toString());
  }

  private static boolean nullable(ExistingTableChange site, String column) {
    return site.columnBefore(column).map(Column::nullable).orElse(false);
  }

  private static void reportColumn(RuleContext context, ExistingTableChange site, ColumnDefinition column,
                                   int version) {
    String index = PostgresNames.primaryKey(site.table().name());
    context.report(site.location(column.name()), "Column " + column.name() + " is added as the primary key of "
            + "existing table " + site.table() + ": its index is built under "
            + LockMode.ACCESS_EXCLUSIVE.describe() + ", until every row is indexed")
        .remediation("Add a plain column and fill it: new rows through a default, old rows in batches; make it "
                + "NOT NULL through a validated CHECK; then build the unique index with CREATE UNIQUE INDEX "
                + "CONCURRENTLY and attach it as the primary key with USING INDEX",
            ColumnBackfill.sql(site, column, version) + SafeSql.attachUniqueIndex(site.table(), index, index,
                "PRIMARY KEY", List.of(column.name()), site.dialect()));
  }

  private static String remedy() {
    return "Build the unique index with CREATE UNIQUE INDEX CONCURRENTLY, which lets reads and writes go on, then "
        + "attach it as the primary key with USING INDEX, which locks only for a moment; make nullable key "
        + "columns NOT NULL through a validated CHECK first";
  }
}
