package dev.plumb.rules.migration;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.Operation;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** An UPDATE that sets a column twice, or an INSERT that lists it twice, fails or silently drops a value. */
@RuleInfo(
    id = "duplicate-column-assignment",
    severity = Severity.ERROR,
    category = "migration",
    summary = "An UPDATE sets a column twice, or an INSERT lists it twice",
    description = "`UPDATE t SET a = 1, a = 2` and `INSERT INTO t (a, a) ...` are mistakes, usually a copy and "
        + "paste. PostgreSQL rejects both (\"multiple assignments to same column\", \"column specified more than "
        + "once\"), and so do MySQL and MariaDB for INSERT, so the migration fails when it runs. SQLite runs such "
        + "an UPDATE and keeps the last assignment, silently dropping the other. A MySQL or MariaDB UPDATE is not "
        + "checked: its multi-table form may set `a.x` and `b.x`, which the operation does not tell apart.",
    remediation = "Keep one assignment per column; where both were meant, one of them names the wrong column.",
    badExample = "UPDATE orders SET status = 'paid', status = 'shipped' WHERE id = 1;",
    safeExample = "UPDATE orders SET status = 'paid', paid_at = now() WHERE id = 1;",
    equivalents = {"Squawk ban-duplicate-column-assignments"})
public final class DuplicateColumnAssignment implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    context.migrations().ifPresent(trace -> {
      for (ReplayStep step : trace.steps()) {
        for (Operation operation : step.operations()) {
          if (operation instanceof Operation.DataChange change) {
            check(change, context);
          }
        }
      }
    });
  }

  private static void check(Operation.DataChange change, RuleContext context) {
    Dialect dialect = context.dialect();
    boolean insert = change.command().equals("INSERT");
    if (!insert && dialect != Dialect.POSTGRESQL && dialect != Dialect.SQLITE) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    Set<String> reported = new LinkedHashSet<>();
    for (String column : change.assignedColumns()) {
      String key = dialect.isMysqlFamily() ? column.toLowerCase(Locale.ROOT) : column;
      if (!seen.add(key) && reported.add(key)) {
        String name = dialect.quoteIfNeeded(column);
        context.report(Location.of(change.span(), change.table().child(column)), message(change, name, dialect))
            .remediation("Keep one " + (insert ? "entry" : "assignment") + " for "
                + name + "; if both were meant, one of them names the wrong column.");
      }
    }
  }

  private static String message(Operation.DataChange change, String column, Dialect dialect) {
    String table = dialect.quoteIfNeeded(change.table().name());
    if (change.command().equals("INSERT")) {
      return "Column " + column + " is listed twice in this INSERT into " + table + ": " + failure(dialect,
          "column specified more than once");
    }
    String twice = "Column " + column + " is set twice in this " + change.command() + " of " + table + ": ";
    return dialect == Dialect.POSTGRESQL
        ? twice + "PostgreSQL rejects it (multiple assignments to same column), so the migration fails"
        : twice + "SQLite keeps only the last assignment, so the first value is silently ignored";
  }

  private static String failure(Dialect dialect, String postgresMessage) {
    return switch (dialect) {
      case POSTGRESQL -> "PostgreSQL rejects it (" + postgresMessage + "), so the migration fails";
      case MYSQL, MARIADB -> "it is rejected (Column specified twice), so the migration fails";
      default -> "the statement fails, or one of the values is lost";
    };
  }
}
