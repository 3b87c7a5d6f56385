package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import java.util.List;

/** Nothing bounds how long a statement holding a traffic-blocking lock runs unless a statement timeout does. */
@RuleInfo(
    id = "missing-statement-timeout",
    severity = Severity.NOTE,
    category = "safety",
    enabledByDefault = false,
    summary = "A statement holds a lock that blocks traffic on an existing table with no statement timeout set",
    description = "Once a statement has its lock, a lock timeout no longer helps: a table rewrite or a validating "
        + "scan holds an ACCESS EXCLUSIVE or SHARE lock for as long as it runs. statement_timeout stops it "
        + "after a bound, so a migration that turns out slower than expected fails and rolls back instead of "
        + "taking the table down for an hour. Reported for the statements missing-lock-timeout looks at (a lock "
        + "blocking reads or writes on a table that existed before the migration) when no statement_timeout set "
        + "earlier in the file is in force. Off by default: a bound too tight fails migrations that were fine, "
        + "and the right bound depends on the table. PostgreSQL only.",
    remediation = "Set statement_timeout at the top of the migration to the longest the table may stay locked.",
    lock = "Whichever lock the statement takes; the rule reports those that block reads or writes",
    badExample = "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);",
    safeExample = "SET statement_timeout = '1h';\nALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);",
    equivalents = {"Squawk require-timeout-settings", "strong_migrations (its statement_timeout setting)"})
public final class MissingStatementTimeout implements SchemaRule {

  static final String DEFAULT_TIMEOUT = "1h";
  static final RuleOption<String> TIMEOUT = RuleOption.string("timeout", DEFAULT_TIMEOUT,
      "The statement timeout the remediation sets, as PostgreSQL writes durations (30s, 5min, 1h)");

  @Override
  public List<RuleOption<?>> options() {
    return List.of(TIMEOUT);
  }

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    String timeout = TimeoutSql.valid(context.option(TIMEOUT), DEFAULT_TIMEOUT);
    for (SafetyStep step : SafetySteps.of(context)) {
      if (step.statementTimeout().isEmpty()) {
        TrafficLocks.of(step).ifPresent(locks -> report(context, locks, timeout));
      }
    }
  }

  private static void report(RuleContext context, TrafficLocks locks, String timeout) {
    Dialect dialect = context.dialect();
    String sql = TimeoutSql.statementTimeout(dialect, timeout);
    String indent = " ".repeat(locks.span().column() - 1);
    context.report(Location.of(locks.span(), locks.tables().get(0)), locks.waitsFor(dialect)
            + "; with no statement_timeout set, nothing bounds how long it holds it")
        .remediation("Set a statement timeout before the statement: the longest " + locks.tableNames(dialect)
            + " may stay locked.", sql)
        .fix("Set statement_timeout before the statement",
            List.of(TextEdit.insertBefore(locks.span(), sql + "\n" + indent)));
  }
}
