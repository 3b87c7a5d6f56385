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
import java.util.Optional;

/**
 * A statement waiting for a strong lock makes every later query on the table wait behind it: without a lock
 * timeout, one long-running query elsewhere turns a one-millisecond ALTER into an outage.
 */
@RuleInfo(
    id = "missing-lock-timeout",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A statement takes a lock that blocks traffic on an existing table with no lock timeout set",
    description = "A lock request waits for the locks held by running queries, and every request that arrives "
        + "after it and conflicts with it waits behind it. An ALTER TABLE that needs ACCESS EXCLUSIVE for a "
        + "millisecond, queued behind a ten-minute report, stops every query on the table for ten minutes. With "
        + "lock_timeout set (MySQL and MariaDB: lock_wait_timeout, one year by default), the statement gives up "
        + "instead and the migration can be retried. Reported once per statement that takes a lock blocking "
        + "reads or writes on a table that existed before the migration, when no timeout set earlier in the "
        + "same file (SET, SET LOCAL in the transaction, or set_config) is in force; statements on tables the "
        + "migration created are not reported. A timeout set for the role or database is invisible to Plumb: "
        + "turn the rule off then. PostgreSQL, MySQL and MariaDB.",
    remediation = "Set a lock timeout at the top of the migration (PostgreSQL: SET lock_timeout = '5s'; MySQL: "
        + "SET SESSION lock_wait_timeout = 5), and retry the migration when it times out.",
    lock = "Whichever lock the statement takes; the rule reports those that block reads or writes",
    badExample = "ALTER TABLE orders ADD COLUMN note text;",
    safeExample = "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text;",
    equivalents = {"Squawk require-timeout-settings", "strong_migrations (its lock_timeout setting)",
        "eugene E9"})
public final class MissingLockTimeout implements SchemaRule {

  static final String DEFAULT_TIMEOUT = "5s";
  static final RuleOption<String> TIMEOUT = RuleOption.string("timeout", DEFAULT_TIMEOUT,
      "The lock timeout the remediation sets, as PostgreSQL writes durations (5s, 500ms, 1min); MySQL gets it "
          + "in whole seconds");

  @Override
  public List<RuleOption<?>> options() {
    return List.of(TIMEOUT);
  }

  @Override
  public void check(RuleContext context) {
    Dialect dialect = context.dialect();
    if (dialect != Dialect.POSTGRESQL && !dialect.isMysqlFamily()) {
      return;
    }
    String timeout = TimeoutSql.valid(context.option(TIMEOUT), DEFAULT_TIMEOUT);
    for (SafetyStep step : SafetySteps.of(context)) {
      if (step.lockTimeout().isPresent()) {
        continue;
      }
      Optional<TrafficLocks> locks = TrafficLocks.of(step);
      locks.ifPresent(l -> report(context, step, l, timeout));
    }
  }

  private static void report(RuleContext context, SafetyStep step, TrafficLocks locks, String timeout) {
    Dialect dialect = context.dialect();
    String setting = SafetySteps.lockTimeoutName(dialect);
    String waiting = dialect.isMysqlFamily()
        ? "with no " + setting + " set, it waits up to a year (the default) before it gives up"
        : "with no " + setting + " set, " + locks.queued(dialect) + " queues behind it while it waits";
    String sql = TimeoutSql.lockTimeout(dialect, timeout);
    String indent = " ".repeat(locks.span().column() - 1);
    context.report(Location.of(locks.span(), locks.tables().get(0)), locks.waitsFor(dialect) + "; " + waiting)
        .remediation("Set a lock timeout before the statement, so that it gives up instead of stalling the table, "
            + "and retry the migration when it does:", sql)
        .fix("Set " + setting + " before the statement",
            List.of(TextEdit.insertBefore(locks.span(), sql + "\n" + indent)));
  }
}
