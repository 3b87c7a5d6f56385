package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.TableChange;

/** A NOT NULL column added without a default fails on any table that already has rows, and with it the deploy. */
@RuleInfo(
    id = "not-null-column-without-default",
    severity = Severity.ERROR,
    category = "safety",
    summary = "A NOT NULL column is added without a default to a table that may have rows",
    description = "`ALTER TABLE ... ADD COLUMN c type NOT NULL` without a DEFAULT gives the existing rows NULL in "
        + "the new column, which NOT NULL forbids: PostgreSQL rejects the statement as soon as the table has one "
        + "row. It passes in development, where the table is empty, and fails in production. A PRIMARY KEY column "
        + "is NOT NULL too. Columns filled by the database (serial, identity, generated) are not reported here; "
        + "neither are tables created earlier in the same migration, which are empty.",
    remediation = "Add the column nullable, backfill it in batches, then make it NOT NULL through a validated "
        + "CHECK (PostgreSQL 12 and later then skip the scan); or add it with a DEFAULT, which PostgreSQL 11 and "
        + "later store once instead of writing every row when the default is not volatile.",
    lock = "ACCESS EXCLUSIVE on the table: blocks every read and write (the statement fails on a non-empty table)",
    badExample = "ALTER TABLE orders ADD COLUMN region text NOT NULL;",
    safeExample = """
        ALTER TABLE orders ADD COLUMN region text;
        -- backfill in batches: UPDATE orders SET region = ... WHERE region IS NULL AND <a range of keys>;
        ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
        ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
        ALTER TABLE orders DROP CONSTRAINT orders_region_not_null;
        -- or, on PostgreSQL 11 and later:
        ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';""",
    equivalents = {"Squawk adding-required-field", "Atlas MF103"})
public final class NotNullColumnWithoutDefault implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    int version = context.settings().postgresVersion();
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.AddColumn add && AddedColumns.failsOnRows(add.column())) {
        report(context, site, add.column(), version);
      }
    }
  }

  private static void report(RuleContext context, ExistingTableChange site, ColumnDefinition column, int version) {
    String constraint = column.primaryKey() ? "as PRIMARY KEY" : "NOT NULL";
    String columnSql = site.sql(column.name());
    String type = column.typeText().strip();
    context.report(site.location(column.name()), "Column " + column.name() + " is added " + constraint
            + " without a default to existing table " + site.table() + ": the statement fails as soon as the "
            + "table has a row, since those rows would hold NULL")
        .remediation("Add the column nullable, backfill it in batches, then make it NOT NULL through a validated "
                + "CHECK, which holds only brief locks",
            SafeSql.addPlainColumn(site.table(), column, type, site.dialect())
                + SafeSql.backfill(site.table(), column.name(), "...", site.dialect())
                + SafeSql.setNotNull(site.table(), column.name(), site.dialect(), version))
        .remediation(version >= 11
            ? "Or give it a DEFAULT (`ALTER TABLE " + site.tableSql() + " ADD COLUMN " + columnSql + " " + type
                + " NOT NULL DEFAULT ...`): PostgreSQL " + version + " stores a non-volatile default once "
                + "instead of writing every row"
            : "A DEFAULT would make it pass, but before PostgreSQL 11 a DEFAULT writes every row under an "
                + "ACCESS EXCLUSIVE lock: on a large table, take the first way");
  }
}
