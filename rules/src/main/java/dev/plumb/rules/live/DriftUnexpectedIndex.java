package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.migration.ObjectKind;

/** An index added by hand to fix a slow query is lost on every database built from the migrations. */
@RuleInfo(
    id = "drift-unexpected-index",
    severity = Severity.WARNING,
    category = "live",
    summary = "The live database has an index no migration creates",
    description = "A table the migrations create has, in the live database, an index (matched by name) they do "
        + "not create: typically one added by hand to speed up a query in production. Other databases built from "
        + "the migrations lack it, and the next migration that touches the table may not expect it. No migration "
        + "declares it, so the finding names the index and points at the statement that creates its table.",
    remediation = "Add a migration that creates the index, so every database gets it; or drop it if no query "
        + "needs it.")
public final class DriftUnexpectedIndex implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      drift.forEachSharedTable((built, live) -> {
        for (Index index : live.indexes()) {
          if (!drift.comparesIndex(index) || built.index(index.name()).isPresent()) {
            continue;
          }
          // The index's path is schema.name, so the engine would not find its table's declaration on its own.
          context.report(Location.of(drift.declaration(ObjectKind.TABLE, built.path(), built.span()),
                  index.path()), "Index " + index.path()
                  + " on " + live.path() + " exists in the live database but no migration creates it")
              .remediation("Add a migration that creates it:", ddl.createIndexOnline(index))
              .remediation("Or, if no query needs it, drop it:", ddl.dropIndex(index));
        }
      });
    });
  }
}
