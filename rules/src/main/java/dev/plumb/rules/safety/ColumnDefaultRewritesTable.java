package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.TableChange;
import dev.plumb.rules.safety.AddedColumns.Rewrite;

/** A column whose value must be computed for every existing row makes PostgreSQL rewrite the whole table. */
@RuleInfo(
    id = "column-default-rewrites-table",
    severity = Severity.WARNING,
    category = "safety",
    summary = "Adding a column rewrites the whole table because every row needs its own value",
    description = "Since PostgreSQL 11, `ADD COLUMN ... DEFAULT x` stores a non-volatile default once and leaves "
        + "the rows alone. It still writes every row, holding ACCESS EXCLUSIVE throughout, when each row needs "
        + "its own value: a volatile default (`random()`, `clock_timestamp()`, `gen_random_uuid()`, "
        + "`uuid_generate_v4()`, `nextval(...)`), a serial or identity column, or a stored generated column "
        + "(`GENERATED ALWAYS AS (...) STORED`). Before PostgreSQL 11 (`postgresVersion:`) any DEFAULT rewrites. "
        + "`now()` and `CURRENT_TIMESTAMP` are STABLE, one value per transaction, and do not rewrite. Functions "
        + "of your own are not judged, since their volatility is not known. Tables created earlier in the same "
        + "migration are empty and not reported.",
    remediation = "Add the column without a default, set the default separately (`ALTER COLUMN ... SET DEFAULT` "
        + "applies to new rows only), and backfill the existing rows in batches.",
    lock = "ACCESS EXCLUSIVE on the table for the whole rewrite: blocks every read and write",
    badExample = "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();",
    safeExample = """
        ALTER TABLE orders ADD COLUMN token uuid;
        ALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();
        -- backfill in batches, each in its own transaction:
        -- UPDATE orders SET token = gen_random_uuid() WHERE token IS NULL AND <a range of keys>;""",
    equivalents = {"Squawk adding-field-with-default", "Atlas PG302", "Atlas PG309",
        "strong_migrations (adding a column with a volatile default value, an auto-incrementing column, a stored "
            + "generated column)", "eugene E11"})
public final class ColumnDefaultRewritesTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    int version = context.settings().postgresVersion();
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.AddColumn add) {
        AddedColumns.rewrite(add.column(), version).ifPresent(rewrite -> report(context, site, add.column(),
            rewrite, version));
      }
    }
  }

  private static void report(RuleContext context, ExistingTableChange site, ColumnDefinition column,
                             Rewrite rewrite, int version) {
    context.report(site.location(column.name()), "Adding column " + column.name() + " to existing table "
            + site.table() + " rewrites the table under " + LockMode.ACCESS_EXCLUSIVE.describe()
            + ", until every row is written: " + reason(column, rewrite))
        .remediation(remedy(rewrite), ColumnBackfill.sql(site, column, version));
  }

  private static String reason(ColumnDefinition column, Rewrite rewrite) {
    String expression = column.defaultExpression().orElse("");
    return switch (rewrite) {
      case VOLATILE_DEFAULT -> "its DEFAULT calls " + AddedColumns.volatileFunction(expression).orElseThrow()
          + ", which is volatile, so every row gets its own value";
      case ANY_DEFAULT_BEFORE_11 -> "before PostgreSQL 11 every DEFAULT is written into each row";
      case SERIAL -> "a " + column.writtenTypeName() + " column takes a value from its sequence for every row";
      case IDENTITY -> "an identity column takes a value from its sequence for every row";
      case STORED_GENERATED -> "a stored generated column is computed and written for every row";
    };
  }

  private static String remedy(Rewrite rewrite) {
    return switch (rewrite) {
      case VOLATILE_DEFAULT, ANY_DEFAULT_BEFORE_11 -> "Add the column without a default, set the default for new "
          + "rows separately, and backfill the existing rows in batches";
      case SERIAL, IDENTITY -> "Add a plain column, give it a sequence default for new rows, and backfill the "
          + "existing rows in batches (an identity can replace the default later)";
      case STORED_GENERATED -> "A stored generated column cannot be added without a rewrite: add a plain column "
          + "that a trigger keeps up to date and backfill it in batches, compute the value in a view or the "
          + "application, or, from PostgreSQL 18, make it VIRTUAL";
    };
  }
}
