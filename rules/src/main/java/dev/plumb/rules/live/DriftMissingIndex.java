package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.migration.ObjectKind;

/** A missing index turns the queries it served into full scans; a missing unique index stops enforcing anything. */
@RuleInfo(
    id = "drift-missing-index",
    severity = Severity.ERROR,
    category = "live",
    summary = "An index the migrations create does not exist in the live database",
    description = "The table exists in the live database, but an index the migrations create on it (matched by "
        + "name) does not: the migration was not applied, or the index was dropped by hand. Queries that relied "
        + "on it scan the table, and a unique index no longer keeps duplicates out. Indexes that back a primary "
        + "key or unique constraint are constraints, not indexes, here.",
    remediation = "Apply the pending migrations, or create the index again as the migrations define it.",
    safeExample = "CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);")
public final class DriftMissingIndex implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      drift.forEachSharedTable((built, live) -> {
        for (Index index : built.indexes()) {
          if (!drift.comparesIndex(index) || live.index(index.name()).isPresent()) {
            continue;
          }
          context.report(Location.of(drift.declaration(ObjectKind.INDEX, index.path(), index.span()),
                  index.path()), "Index " + index.path() + " on " + built.path()
                  + " is created by the migrations but does not exist in the live database")
              .remediation("Apply the migration that creates it; if it was dropped by hand, create it again:",
                  ddl.createIndexOnline(index));
        }
      });
    });
  }
}
