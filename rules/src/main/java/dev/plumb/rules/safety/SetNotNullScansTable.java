package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.operation.TableChange;
import java.util.Locale;
import java.util.Optional;

/** SET NOT NULL reads the whole table while nothing else may read or write it. */
@RuleInfo(
    id = "set-not-null-scans-table",
    severity = Severity.WARNING,
    category = "safety",
    summary = "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
    description = "`ALTER TABLE ... ALTER COLUMN c SET NOT NULL` checks every row for NULLs while it holds "
        + "ACCESS EXCLUSIVE on the table, so on a large table every query waits for the scan. From PostgreSQL 12 "
        + "on the scan is skipped when a validated `CHECK (c IS NOT NULL)` already proves the column has no NULLs; "
        + "such a CHECK can be added NOT VALID and validated under a lock that lets reads and writes go on. Not "
        + "reported when the table already has that validated CHECK (the third step of the safe sequence), when "
        + "the column is already NOT NULL, or for tables created earlier in the same migration. Before "
        + "PostgreSQL 12 (`postgresVersion:`) the CHECK does not spare the scan, so it is always reported.",
    remediation = "Add `CHECK (c IS NOT NULL) NOT VALID`, validate it, then SET NOT NULL and drop the CHECK "
        + "(PostgreSQL 12 and later); before 12, keep the validated CHECK instead of SET NOT NULL.",
    lock = "ACCESS EXCLUSIVE on the table while every row is scanned: blocks every read and write",
    badExample = "ALTER TABLE orders ALTER COLUMN region SET NOT NULL;",
    safeExample = """
        ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
        ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
        ALTER TABLE orders DROP CONSTRAINT orders_region_not_null;""",
    equivalents = {"Squawk adding-not-nullable-field", "Atlas PG303", "Atlas MF104",
        "strong_migrations (setting NOT NULL on an existing column)", "eugene E2"})
public final class SetNotNullScansTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    int version = context.settings().postgresVersion();
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.SetNotNull set && scans(site, set.column(), version)) {
        report(context, site, set.column(), version);
      }
    }
  }

  private static boolean scans(ExistingTableChange site, String column, int version) {
    Optional<Column> before = site.columnBefore(column);
    if (before.isPresent() && !before.get().nullable()) {
      return false;
    }
    return version < 12 || site.tableBefore().filter(t -> hasValidNotNullCheck(t, column)).isEmpty();
  }

  private static boolean hasValidNotNullCheck(Table table, String column) {
    String wanted = compact(column) + "isnotnull";
    return table.checks().stream().filter(CheckConstraint::valid)
        .anyMatch(check -> compact(check.expression()).equals(wanted));
  }

  /** Lower case without quotes, parentheses and blanks: {@code ("Region" IS NOT NULL)} is {@code regionisnotnull}. */
  private static String compact(String text) {
    return text.replaceAll("[\"()\\s]", "").toLowerCase(Locale.ROOT);
  }

  private static void report(RuleContext context, ExistingTableChange site, String column, int version) {
    String remedy = version >= 12
        ? "Prove the column has no NULLs with a CHECK added NOT VALID and validated (reads and writes go on "
            + "meanwhile); SET NOT NULL then skips its scan, and the CHECK can go"
        : "Before PostgreSQL 12, SET NOT NULL scans even when a CHECK proves there are no NULLs: add the CHECK "
            + "NOT VALID and validate it (reads and writes go on meanwhile), and keep it instead of SET NOT NULL";
    context.report(site.location(column), "SET NOT NULL on column " + column + " of existing table "
            + site.table() + " scans every row under " + LockMode.ACCESS_EXCLUSIVE.describe())
        .remediation(remedy, SafeSql.setNotNull(site.table(), column, site.dialect(), version));
  }
}
