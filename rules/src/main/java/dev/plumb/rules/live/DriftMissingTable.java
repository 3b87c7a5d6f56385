package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.migration.ObjectKind;

/** Code written against the migrations fails on its first query of a table the live database lacks. */
@RuleInfo(
    id = "drift-missing-table",
    severity = Severity.ERROR,
    category = "live",
    summary = "A table the migrations create does not exist in the live database",
    description = "With `plumb check --db URL MIGRATIONS`, the migrations are replayed and the schema they build is "
        + "compared with the live database's. A table they create is missing from the database: the migration "
        + "was not applied, or the table was dropped by hand. The finding points at the statement that creates it. "
        + "Tables whose names a statement Plumb could not follow touches are left out, and so are schemas the "
        + "database was not read in (`--schema`).",
    remediation = "Apply the pending migrations, or create the table again as the migrations define it.")
public final class DriftMissingTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      for (Table table : drift.built().allTables()) {
        if (drift.ignoresTable(table.path()) || drift.live().table(table.path()).isPresent()) {
          continue;
        }
        context.report(Location.of(drift.declaration(ObjectKind.TABLE, table.path(), table.span()), table.path()),
                "Table " + table.path() + " is created by the migrations but does not exist in the live database")
            .remediation("Apply the migration that creates it; if it was dropped by hand, create it again:",
                Drift.createTable(ddl, table));
      }
    });
  }
}
