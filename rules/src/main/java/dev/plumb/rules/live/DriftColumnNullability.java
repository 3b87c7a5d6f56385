package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.ddl.DdlWriter.ColumnSpec;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.migration.ObjectKind;

/**
 * A live column that takes NULL where the migrations say NOT NULL lets in rows the code does not expect; the
 * reverse rejects inserts that other databases accept.
 */
@RuleInfo(
    id = "drift-column-nullability",
    severity = Severity.ERROR,
    category = "live",
    summary = "A column is NULL in the live database and NOT NULL in the migrations, or the reverse",
    description = "Both the live database and the migrations have the column, but only one of them makes it NOT "
        + "NULL: the constraint was set or dropped by hand, or a migration that changes it was not applied. The "
        + "finding points at the column's declaration in the migrations.",
    remediation = "Apply the pending migrations; or record the live nullability in a new migration; else restore "
        + "the migrations' (a column set NOT NULL must hold no NULLs first).")
public final class DriftColumnNullability implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      drift.forEachSharedColumn((table, built, live) -> {
        if (live.nullable() == built.nullable()) {
          return;
        }
        context.report(Location.of(drift.declaration(ObjectKind.COLUMN, built.path(), built.span()), built.path()),
                "Column " + built.path() + " is " + nullability(live) + " in the live database but "
                    + nullability(built) + " in the migrations")
            .remediation("If the live database is right, record it in a new migration:",
                change(ddl, table.path(), built.withNullable(live.nullable())))
            .remediation("Else restore what the migrations declare:", change(ddl, table.path(), built));
      });
    });
  }

  private static String nullability(Column column) {
    return column.nullable() ? "nullable" : "NOT NULL";
  }

  /** The statement that makes the column as nullable as {@code wanted} is. */
  private static String change(DdlWriter ddl, ObjectPath table, Column wanted) {
    ColumnSpec spec = Drift.spec(wanted);
    return wanted.nullable() ? ddl.dropNotNull(table, spec) : ddl.setNotNull(table, spec);
  }
}
