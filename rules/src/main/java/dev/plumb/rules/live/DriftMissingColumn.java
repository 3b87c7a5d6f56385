package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.migration.ObjectKind;

/** Every query that names a column the migrations add but the live database lacks fails. */
@RuleInfo(
    id = "drift-missing-column",
    severity = Severity.ERROR,
    category = "live",
    summary = "A column the migrations create does not exist in the live database",
    description = "The table exists in the live database, but a column the migrations give it does not: the "
        + "migration that adds it was not applied, or the column was dropped by hand. The finding points at the "
        + "column's declaration in the migrations. (A missing table is reported once, by `drift-missing-table`.)",
    remediation = "Apply the pending migrations, or add the column again as the migrations define it.")
public final class DriftMissingColumn implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      drift.forEachSharedTable((built, live) -> {
        for (Column column : built.columns()) {
          if (live.column(column.name()).isPresent()) {
            continue;
          }
          context.report(Location.of(drift.declaration(ObjectKind.COLUMN, column.path(), column.span()),
                  column.path()),
                  "Column " + column.path() + " is created by the migrations but does not exist in the live database")
              .remediation("Apply the migration that adds it; if it was dropped by hand, add it again (a NOT NULL "
                  + "column without a default needs a backfill first on a table with rows):",
                  ddl.addColumn(built.path(), Drift.spec(column)));
        }
      });
    });
  }
}
