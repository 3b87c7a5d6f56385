package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Column;
import java.util.Optional;

/** Code that comes to rely on a column added by hand breaks on every database built from the migrations. */
@RuleInfo(
    id = "drift-unexpected-column",
    severity = Severity.WARNING,
    category = "live",
    summary = "The live database has a column no migration creates",
    description = "A table the migrations create has, in the live database, a column they do not give it: it was "
        + "added by hand (`ALTER TABLE ... ADD COLUMN` outside the migrations). No migration declares it, so the "
        + "finding names the column and points at the statement that creates its table.",
    remediation = "Add a migration that adds the column, so every database gets it; or drop it if nothing uses "
        + "it.")
public final class DriftUnexpectedColumn implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      drift.forEachSharedTable((built, live) -> {
        for (Column column : live.columns()) {
          if (built.column(column.name()).isPresent()) {
            continue;
          }
          context.report(new Location(Optional.empty(), Optional.of(column.path())),
                  "Column " + column.path() + " exists in the live database but no migration creates it")
              .remediation("Add a migration that adds it:", ddl.addColumn(built.path(), Drift.spec(column)))
              .remediation("Or, if nothing uses it, drop it:", ddl.dropColumn(built.path(), column.name()));
        }
      });
    });
  }
}
