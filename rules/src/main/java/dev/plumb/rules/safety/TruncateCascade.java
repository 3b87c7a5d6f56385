package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.operation.Operation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** TRUNCATE ... CASCADE also empties every table that references the truncated one, and those referencing them. */
@RuleInfo(
    id = "truncate-cascade",
    severity = Severity.ERROR,
    category = "safety",
    summary = "TRUNCATE ... CASCADE also empties every table that references the truncated one",
    description = "With CASCADE, PostgreSQL's TRUNCATE empties not only the tables named but every table with a "
        + "foreign key to one of them, and every table referencing those in turn, however far the chain goes; a "
        + "foreign key added later silently widens it. The message names the tables the replayed schema knows. "
        + "Not reported where the schema shows that no other table references the truncated ones, nor for "
        + "tables the same migration created. PostgreSQL only: MySQL has no TRUNCATE ... CASCADE.",
    remediation = "Leave out CASCADE and name every table to empty, so that the statement fails instead of "
        + "emptying a table nobody meant to.",
    lock = "ACCESS EXCLUSIVE on every table emptied, until the transaction ends: blocks every read and write",
    badExample = "TRUNCATE orders CASCADE;",
    safeExample = "TRUNCATE orders, order_items;",
    equivalents = {"Squawk ban-truncate-cascade"})
public final class TruncateCascade implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    List<SafetyStep> steps = SafetySteps.of(context);
    PreexistingObjects preexisting = PreexistingObjects.of(context);
    for (SafetyStep step : steps) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.Truncate truncate && truncate.cascade()
            && truncate.tables().stream().anyMatch(t -> preexisting.tableExisted(step, t))) {
          check(truncate, step, context);
        }
      }
    }
  }

  private static void check(Operation.Truncate truncate, SafetyStep step, RuleContext context) {
    Schema schema = step.step().before();
    Dialect dialect = context.dialect();
    ObjectPath first = truncate.tables().get(0);
    String named = truncate.tables().stream().map(t -> SqlNames.of(t, dialect)).collect(Collectors.joining(", "));
    if (truncate.tables().stream().anyMatch(t -> schema.table(t).isEmpty())) {
      context.report(Location.of(truncate.span(), first), "TRUNCATE ... CASCADE of " + named + " also empties "
              + "every table with a foreign key to it, and every table referencing those in turn; which tables "
              + "those are cannot be told, as the replayed schema does not know " + named)
          .remediation("Leave out CASCADE and list every table to empty: TRUNCATE " + named + ", <each table "
              + "that references it>;");
      return;
    }
    Set<ObjectPath> reached = referencingClosure(truncate.tables(), schema);
    truncate.tables().forEach(reached::remove);
    if (reached.isEmpty()) {
      return;
    }
    String extra = reached.stream().map(t -> SqlNames.of(t, dialect)).collect(Collectors.joining(", "));
    String it = truncate.tables().size() > 1 ? "them" : "it";
    context.report(Location.of(truncate.span(), first), "TRUNCATE ... CASCADE of " + named + " also empties "
            + extra + ", which reference " + it + " (directly or through other tables): their rows are gone for good "
            + "too")
        .remediation("Leave out CASCADE and name every table to empty, so that the statement fails instead of "
                + "emptying a table nobody meant to.",
            "TRUNCATE " + Stream.concat(truncate.tables().stream(), reached.stream())
                .map(t -> SqlNames.of(t, dialect)).collect(Collectors.joining(", ")) + ";");
  }

  /** The tables CASCADE reaches: those referencing the truncated ones, and those referencing them, in order. */
  private static Set<ObjectPath> referencingClosure(List<ObjectPath> tables, Schema schema) {
    Set<ObjectPath> reached = new LinkedHashSet<>(tables);
    Deque<ObjectPath> pending = new ArrayDeque<>(tables);
    while (!pending.isEmpty()) {
      for (Table referencing : schema.tablesReferencing(pending.poll())) {
        if (reached.add(referencing.path())) {
          pending.add(referencing.path());
        }
      }
    }
    return reached;
  }
}
