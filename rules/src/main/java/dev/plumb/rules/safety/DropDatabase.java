package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;

/** A migration that drops a database deletes everything in it; it is almost always a script run in the wrong place. */
@RuleInfo(
    id = "drop-database",
    severity = Severity.ERROR,
    category = "safety",
    summary = "Dropping a database deletes every table and row in it",
    description = "`DROP DATABASE` in a migration deletes a whole database, every table and row in it. It belongs "
        + "in a setup or teardown script, not in a migration that runs against production. In PostgreSQL it also "
        + "cannot run inside a transaction, nor drop the database the migration is connected to. Reported for "
        + "every DROP DATABASE: the replay does not follow databases.",
    remediation = "Remove the statement from the migration; if the database really has to go, drop it by hand "
        + "after a backup, once no application connects to it.",
    badExample = "DROP DATABASE shop;",
    safeExample = "-- no DROP DATABASE in migrations: back it up and drop it by hand when nothing uses it",
    equivalents = {"Squawk ban-drop-database"})
public final class DropDatabase implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.Drop drop && drop.objectType().equals("DATABASE")) {
          drop.names().forEach(database -> report(database, drop, context));
        }
      }
    }
  }

  private static void report(ObjectPath database, Operation.Drop drop, RuleContext context) {
    context.report(Location.of(drop.span(), database), "Database " + SqlNames.of(database.name(), context.dialect())
            + " is dropped: every table and row in it is gone for good, and every application using it fails")
        .remediation("Remove the statement from the migration; if the database really has to go, back it up and "
            + "drop it by hand once no application connects to it.");
  }
}
