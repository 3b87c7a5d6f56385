package dev.plumb.rules.safety;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A constraint on a domain is checked against every column of the domain in every table at once, under a lock that
 * blocks writes; table constraints can be added without blocking.
 */
@RuleInfo(
    id = "domain-with-constraint",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A domain carries a constraint, which cannot be changed without blocking writes",
    description = "`ALTER DOMAIN ... ADD CONSTRAINT` checks every value of every column of the domain, in every "
        + "table that uses it, while holding a SHARE lock on those tables: INSERT, UPDATE and DELETE wait until "
        + "all of them are scanned. `CREATE DOMAIN ... CHECK` is reported too, because changing that check later "
        + "means exactly such an ALTER DOMAIN, where a CHECK on the table can be added NOT VALID and validated "
        + "without blocking writes. Not reported: ALTER DOMAIN with NOT VALID (no scan), or on a domain the same "
        + "migration created. PostgreSQL only.",
    remediation = "Put the check on the table columns as table constraints, added NOT VALID and validated in a "
        + "separate statement.",
    lock = "SHARE on every table with a column of the domain, for the whole scan: blocks INSERT, UPDATE and DELETE; "
        + "reads go on",
    badExample = "ALTER DOMAIN email_address ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');",
    safeExample = """
        ALTER TABLE users ADD CONSTRAINT users_email_has_at CHECK (email LIKE '%@%') NOT VALID;
        ALTER TABLE users VALIDATE CONSTRAINT users_email_has_at;""",
    equivalents = {"Squawk ban-create-domain-with-constraint", "Squawk ban-alter-domain-with-add-constraint"})
public final class DomainWithConstraint implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (SafetyStep step : SafetySteps.of(context)) {
      for (Operation operation : step.operations()) {
        if (!(operation instanceof Operation.DomainConstraint domain)) {
          continue;
        }
        if (domain.created() && domain.hasCheck()) {
          reportCreated(domain, context);
        } else if (!domain.created() && !domain.notValid() && domainExisted(step, domain.domain())) {
          reportAdded(domain, step, context);
        }
      }
    }
  }

  private static boolean domainExisted(SafetyStep step, ObjectPath domain) {
    return step.migrationStart().domains().containsKey(domain)
        || !step.step().before().domains().containsKey(domain);
  }

  private static void reportCreated(Operation.DomainConstraint domain, RuleContext context) {
    String name = SqlNames.of(domain.domain(), context.dialect());
    context.report(Location.of(domain.span(), domain.domain()), "Domain " + name + " is created with a CHECK: "
            + "changing it later takes ALTER DOMAIN ... ADD CONSTRAINT, which scans every column of the domain in "
            + "every table under a SHARE lock that blocks writes")
        .remediation("Create " + name + " without the CHECK and put the check on each table column that uses it, "
                + "as a table constraint: those can be added NOT VALID and validated without blocking writes.",
            "CREATE DOMAIN " + name + " AS <base type>;\n"
                + "ALTER TABLE <table> ADD CONSTRAINT <table>_<column>_check CHECK (<the check on column>);");
  }

  private static void reportAdded(Operation.DomainConstraint domain, SafetyStep step, RuleContext context) {
    Dialect dialect = context.dialect();
    String name = SqlNames.of(domain.domain(), dialect);
    List<ObjectPath> columns = columnsOf(domain.domain(), step.step().before());
    String where = columns.isEmpty() ? "every column of the domain, in every table that uses it,"
        : "every column of the domain (" + columns.stream().map(c -> SqlNames.of(c.parent(), dialect) + "."
            + SqlNames.of(c.name(), dialect)).collect(Collectors.joining(", ")) + ")";
    StringBuilder sql = new StringBuilder();
    if (columns.isEmpty()) {
      sql.append("ALTER TABLE <table> ADD CONSTRAINT <table>_<column>_check CHECK (<the check on column>) NOT VALID;\n"
          + "ALTER TABLE <table> VALIDATE CONSTRAINT <table>_<column>_check;");
    }
    for (ObjectPath column : columns) {
      String table = SqlNames.of(column.parent(), dialect);
      String constraint = SqlNames.of(column.parent().name() + "_" + column.name() + "_check", dialect);
      sql.append(sql.length() == 0 ? "" : "\n").append("ALTER TABLE ").append(table).append(" ADD CONSTRAINT ")
          .append(constraint).append(" CHECK (<the check on ").append(SqlNames.of(column.name(), dialect))
          .append(">) NOT VALID;\nALTER TABLE ").append(table).append(" VALIDATE CONSTRAINT ").append(constraint)
          .append(';');
    }
    context.report(Location.of(domain.span(), domain.domain()), "ALTER DOMAIN " + name + " ADD CONSTRAINT checks "
            + where + " while holding " + LockMode.SHARE.describe() + ", until every value is checked")
        .remediation("Check the columns with table constraints instead, added NOT VALID and validated in a separate "
            + "statement, which lets writes go on:", sql.toString());
  }

  /** The columns whose type is the domain, written with or without its schema. */
  private static List<ObjectPath> columnsOf(ObjectPath domain, Schema schema) {
    return schema.allTables().stream().flatMap(t -> t.columns().stream())
        .filter(c -> usesDomain(c, domain)).map(Column::path).toList();
  }

  private static boolean usesDomain(Column column, ObjectPath domain) {
    String type = column.type().name().replace("\"", "");
    return column.type().arrayDimensions() == 0 && (type.equals(domain.name()) || type.equals(domain.toString()));
  }
}
