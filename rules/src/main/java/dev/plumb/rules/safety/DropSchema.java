package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.stream.Collectors;

/** Dropping a schema with CASCADE (or, in MySQL, at all) deletes every table in it at once. */
@RuleInfo(
    id = "drop-schema",
    severity = Severity.ERROR,
    category = "safety",
    summary = "Dropping a schema deletes every table in it",
    description = "`DROP SCHEMA ... CASCADE` deletes every table, view, function and type in the schema, rows "
        + "included, in one statement; in MySQL and MariaDB `DROP SCHEMA` is `DROP DATABASE` and always does. "
        + "PostgreSQL and H2 refuse to drop a schema that still holds objects unless CASCADE is written, so the "
        + "plain form loses nothing and is not reported. A schema the same migration created is not reported "
        + "either.",
    remediation = "Drop the tables one by one, each after the code stopped using it, and drop the schema last "
        + "without CASCADE, so that it fails if something was forgotten.",
    lock = "ACCESS EXCLUSIVE (PostgreSQL) or an exclusive metadata lock (MySQL) on every table in the schema",
    badExample = "DROP SCHEMA billing CASCADE;",
    safeExample = """
        -- after the code stopped using them, one migration each:
        DROP TABLE billing.invoices;
        DROP TABLE billing.payments;
        -- last, without CASCADE: fails if anything is left
        DROP SCHEMA billing;""",
    equivalents = {"Atlas DS101"})
public final class DropSchema implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.Drop drop && drop.objectType().equals("SCHEMA")
            && (drop.cascade() || context.dialect().isMysqlFamily())) {
          drop.names().stream().map(ObjectPath::name).filter(s -> namespaceExisted(step, s))
              .forEach(s -> report(s, drop, step, context));
        }
      }
    }
  }

  /**
   * Whether a schema (a MySQL database) was there before the migration: known at its start and not dropped
   * since, or not known at all (the replay does not see every schema of a database).
   */
  static boolean namespaceExisted(SafetyStep step, String name) {
    boolean atStart = step.migrationStart().namespaces().contains(name);
    boolean now = step.step().before().namespaces().contains(name);
    return atStart ? now : !now;
  }

  private static void report(String schema, Operation.Drop drop, SafetyStep step, RuleContext context) {
    Dialect dialect = context.dialect();
    List<ObjectPath> tables = step.step().before().allTables().stream().map(Table::path)
        .filter(t -> t.depth() > 1 && t.parts().get(0).equals(schema)).toList();
    String name = SqlNames.of(schema, dialect);
    String contents = tables.isEmpty() ? "every object in it goes too"
        : "its tables " + tables.stream().map(ObjectPath::name).map(t -> SqlNames.of(t, dialect))
            .collect(Collectors.joining(", ")) + " go too";
    String what = dialect.isMysqlFamily() ? "Schema (database) " : "Schema ";
    String how = dialect.isMysqlFamily() ? "" : " with CASCADE";
    StringBuilder sql = new StringBuilder("-- after the code stopped using them, one migration each:\n");
    if (tables.isEmpty()) {
      sql.append("DROP TABLE ").append(name).append(".<table>;\n");
    }
    tables.forEach(t -> sql.append("DROP TABLE ").append(name).append('.')
        .append(SqlNames.of(t.name(), dialect)).append(";\n"));
    sql.append(dialect.isMysqlFamily() ? "-- last, once it is empty:\n" : "-- last, without CASCADE: fails if "
        + "anything is left\n").append("DROP SCHEMA ").append(name).append(';');
    context.report(Location.of(drop.span(), ObjectPath.of(schema)), what + name + " is dropped" + how + ": "
            + contents + ", rows included, and code already running that uses them fails")
        .remediation("Drop the tables one by one, each once no deployed code uses it, and the schema last"
            + (dialect.isMysqlFamily() ? " when it is empty." : " without CASCADE, so that it fails if anything "
            + "was forgotten."), sql.toString());
  }
}
