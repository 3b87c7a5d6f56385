package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.migration.ObjectKind;

/** A column of another type than the migrations give it truncates, rounds or rejects values the code sends. */
@RuleInfo(
    id = "drift-column-type",
    severity = Severity.ERROR,
    category = "live",
    summary = "A column's type in the live database differs from the type the migrations give it",
    description = "Both the live database and the migrations have the column, with different data types: it was "
        + "altered by hand, or a migration that changes it was not applied. Types are compared as "
        + "`column-type-mismatch` compares them, after normalisation (`int4` and `integer` match); a length, "
        + "precision or scale the migrations leave out matches any. The finding points at the column's "
        + "declaration in the migrations.",
    remediation = "Apply the pending migrations; or, if the live type is the right one, add a migration that "
        + "changes the column to it; else change the column back to the migrations' type.")
public final class DriftColumnType implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      drift.forEachSharedColumn((table, built, live) -> {
        if (live.type().satisfies(built.type())) {
          return;
        }
        context.report(Location.of(drift.declaration(ObjectKind.COLUMN, built.path(), built.span()), built.path()),
                "Column " + built.path() + " is " + live.type().toSql() + " in the live database but "
                    + built.type().toSql() + " in the migrations")
            .remediation("If the live type is right, record it in a new migration:",
                ddl.alterColumnType(table.path(), Drift.spec(built.withType(live.type()))))
            .remediation("Else change the column back to the migrations' type (this rewrites the table on most "
                + "changes):", ddl.alterColumnType(table.path(), Drift.spec(built)));
      });
    });
  }
}
