package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.ConstraintKind;
import dev.plumb.core.model.operation.TableChange;

/** An exclusion constraint can only be added by building its index while the table is closed to everyone. */
@RuleInfo(
    id = "exclusion-constraint-locks-table",
    severity = Severity.WARNING,
    category = "safety",
    summary = "An EXCLUDE constraint is added to an existing table, building its index under ACCESS EXCLUSIVE",
    description = "`ALTER TABLE ... ADD CONSTRAINT ... EXCLUDE USING gist (...)` builds its index and checks "
        + "every pair of conflicting rows while it holds ACCESS EXCLUSIVE on the table: every read and write "
        + "waits until it is done. Unlike UNIQUE and PRIMARY KEY there is no concurrent way: PostgreSQL cannot "
        + "attach an exclusion constraint to an index built beforehand, nor add it NOT VALID. Tables created "
        + "earlier in the same migration are not reported.",
    remediation = "Add it while the table is small, or at a quiet hour with a short `lock_timeout` so the "
        + "statement gives up rather than queue every query behind it; for a large table, build a new table with "
        + "the constraint, copy the rows in batches, and swap the names.",
    lock = "ACCESS EXCLUSIVE on the table while the index is built: blocks every read and write",
    badExample = "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during "
        + "WITH &&);",
    safeExample = """
        SET lock_timeout = '2s';
        ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
        -- at a quiet hour, retried until it gets the lock""",
    equivalents = {"Atlas PG109", "strong_migrations (adding an exclusion constraint)", "eugene E8"})
public final class ExclusionConstraintLocksTable implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.AddConstraint add
          && add.constraint().kind() == ConstraintKind.EXCLUSION) {
        String name = add.constraint().name().map(n -> "EXCLUDE constraint " + n).orElse("An EXCLUDE constraint");
        String object = add.constraint().name().orElse(PostgresNames.constraint(add.constraint(),
            site.table().name(), site.tableBefore()));
        StringBuilder sql = new StringBuilder();
        if (site.step().lockTimeout().isEmpty()) {
          sql.append(TimeoutSql.lockTimeout(site.dialect(), "2s")).append('\n');
        }
        sql.append("-- then the ALTER TABLE ").append(site.tableSql())
            .append(" ... EXCLUDE ... as written, at a quiet hour, retried until it gets the lock\n");
        context.report(site.location(object), name + " on existing table " + site.table() + " builds its index "
                + "under " + LockMode.ACCESS_EXCLUSIVE.describe() + ", until every row is indexed; PostgreSQL has "
                + "no concurrent way to add one")
            .remediation("Run it while the table is small or traffic is low, with a short lock_timeout so it gives "
                + "up rather than queue every query behind it; for a large table, build a new table with the "
                + "constraint, copy the rows in batches and swap the names", sql.toString());
      }
    }
  }
}
