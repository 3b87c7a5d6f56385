package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Table;
import java.util.Optional;

/** A table created by hand is missing from every database built from the migrations: tests, staging, recovery. */
@RuleInfo(
    id = "drift-unexpected-table",
    severity = Severity.WARNING,
    category = "live",
    summary = "The live database has a table no migration creates",
    description = "The live database has a table that the migrations, replayed, do not create: it was created by "
        + "hand or by a tool outside the migrations, so a database built from the migrations lacks it. No "
        + "migration declares it, so the finding names the table and is anchored where the check was configured. "
        + "The migration tools' own history tables (`flyway_schema_history`, `schema_migrations`, "
        + "`goose_db_version`, `__drizzle_migrations`, the `drizzle` schema, Liquibase's `databasechangelog`) "
        + "are left out, and so are tables whose names a statement Plumb could not follow touches.",
    remediation = "Add a migration that creates the table, so every database gets it; or drop it if nothing uses "
        + "it.")
public final class DriftUnexpectedTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      for (Table table : drift.live().allTables()) {
        if (drift.ignoresTable(table.path()) || drift.built().table(table.path()).isPresent()) {
          continue;
        }
        context.report(new Location(Optional.empty(), Optional.of(table.path())),
                "Table " + table.path() + " exists in the live database but no migration creates it")
            .remediation("Add a migration that creates it:", Drift.createTable(ddl, table))
            .remediation("Or, if nothing uses it, drop it:", ddl.dropTable(table.path()));
      }
    });
  }
}
