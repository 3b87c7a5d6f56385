package dev.plumb.rules.live;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.rules.expected.DefaultExpressions;
import java.util.Optional;

/** Inserts that leave the column out get another value in the live database than anywhere else. */
@RuleInfo(
    id = "drift-column-default",
    severity = Severity.WARNING,
    category = "live",
    summary = "A column's DEFAULT in the live database differs from the one the migrations give it",
    description = "Both the live database and the migrations have the column, with different defaults (or a "
        + "default on one side only): it was set or dropped by hand, or a migration that changes it was not "
        + "applied. Defaults are compared as `column-default-mismatch` compares them: casts such as `::text`, "
        + "outer parentheses, case and spacing are ignored, and `now()` equals `CURRENT_TIMESTAMP`.",
    remediation = "Apply the pending migrations; or record the live default in a new migration; else restore the "
        + "migrations' default.")
public final class DriftColumnDefault implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    Drift.of(context).ifPresent(drift -> {
      DdlWriter ddl = new DdlWriter(context.dialect());
      drift.forEachSharedColumn((table, built, live) -> {
        if (same(live.defaultExpression(), built.defaultExpression())) {
          return;
        }
        context.report(Location.of(drift.declaration(ObjectKind.COLUMN, built.path(), built.span()), built.path()),
                "Column " + built.path() + " has " + describe(live) + " in the live database but "
                    + describe(built) + " in the migrations")
            .remediation("If the live default is right, record it in a new migration:",
                change(ddl, table.path(), live))
            .remediation("Else restore the migrations' default:", change(ddl, table.path(), built));
      });
    });
  }

  private static boolean same(Optional<String> live, Optional<String> built) {
    if (live.isEmpty() || built.isEmpty()) {
      return live.isEmpty() && built.isEmpty();
    }
    return DefaultExpressions.same(live.get(), built.get());
  }

  private static String describe(Column column) {
    return column.defaultExpression().map(d -> "DEFAULT " + d).orElse("no default");
  }

  private static String change(DdlWriter ddl, ObjectPath table, Column wanted) {
    return wanted.defaultExpression().map(d -> ddl.setDefault(table, wanted.name(), d))
        .orElseGet(() -> ddl.dropDefault(table, wanted.name()));
  }
}
