package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.stream.Collectors;

/** VACUUM FULL and CLUSTER rewrite the whole table while nobody may read or write it. */
@RuleInfo(
    id = "vacuum-full-or-cluster",
    severity = Severity.WARNING,
    category = "safety",
    summary = "VACUUM FULL or CLUSTER rewrites an existing table under a lock that blocks reads and writes",
    description = "VACUUM FULL and CLUSTER copy the table into a new file, rebuild every index, and hold an "
        + "ACCESS EXCLUSIVE lock the whole time: on a big table, minutes to hours in which no query can read or "
        + "write it, and twice the table's size on disk meanwhile. pg_repack and pg_squeeze do the same rewrite "
        + "online, locking the table only briefly at the start and the end. Without a table name the command "
        + "rewrites every table of the database (CLUSTER: every table clustered before), which is reported too. "
        + "Tables created earlier in the same migration are not reported. PostgreSQL only.",
    remediation = "Rewrite the table online with pg_repack or pg_squeeze, outside the migration; if the aim is only "
        + "to make dead rows' space reusable, a plain VACUUM does that without blocking anyone.",
    lock = "ACCESS EXCLUSIVE on the table for the whole rewrite: blocks every read and write",
    badExample = "VACUUM FULL orders;",
    safeExample = "-- outside the migration, from a shell:\n-- pg_repack --no-order --table=orders mydb",
    equivalents = {"eugene E10 (eugene trace)"})
public final class VacuumFullOrCluster implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.Maintenance maintenance && rewrites(maintenance)) {
          List<ObjectPath> existing = maintenance.tables().stream().filter(step::isExistingTable).toList();
          if (maintenance.tables().isEmpty()) {
            reportAll(context, maintenance);
          } else if (!existing.isEmpty()) {
            report(context, maintenance, existing);
          }
        }
      }
    }
  }

  private static boolean rewrites(Operation.Maintenance maintenance) {
    return maintenance.command().equals("VACUUM FULL") || maintenance.command().equals("CLUSTER");
  }

  private static void report(RuleContext context, Operation.Maintenance maintenance, List<ObjectPath> tables) {
    Dialect dialect = context.dialect();
    String names = tables.stream().map(t -> SqlNames.of(t, dialect)).collect(Collectors.joining(", "));
    String noun = tables.size() == 1 ? "existing table " : "existing tables ";
    String repack = "pg_repack " + (maintenance.command().equals("CLUSTER") ? "" : "--no-order ")
        + tables.stream().map(t -> "--table=" + SqlNames.of(t, dialect)).collect(Collectors.joining(" "))
        + " <database>";
    context.report(Location.of(maintenance.span(), tables.get(0)), maintenance.command() + " on " + noun + names
            + " takes " + LockMode.ACCESS_EXCLUSIVE.describe() + ", while it rewrites the whole table and its "
            + "indexes")
        .remediation("Rewrite it online, outside the migration, with pg_repack (`" + repack + "`) or "
            + "pg_squeeze, which lock the table only briefly; to make dead rows' space reusable, a plain VACUUM "
            + "is enough and blocks no one.");
  }

  private static void reportAll(RuleContext context, Operation.Maintenance maintenance) {
    String which = maintenance.command().equals("CLUSTER") ? "every table clustered before"
        : "every table of the database";
    context.report(Location.of(maintenance.span()), maintenance.command() + " without a table rewrites " + which
            + ", each under an ACCESS EXCLUSIVE lock, which blocks every read and write of it until it is done")
        .remediation("Name the tables that need it and rewrite them online, outside the migration, with pg_repack "
            + "or pg_squeeze; to make dead rows' space reusable, a plain VACUUM is enough and blocks no one.");
  }
}
