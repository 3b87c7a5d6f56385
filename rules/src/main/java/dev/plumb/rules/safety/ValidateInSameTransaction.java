package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.ConstraintKind;
import dev.plumb.core.model.operation.TableChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Validating in the transaction that added the constraint keeps the ADD's strong lock through the whole check. */
@RuleInfo(
    id = "validate-in-same-transaction",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A constraint added NOT VALID is validated in the same transaction",
    description = "`ADD CONSTRAINT ... NOT VALID` followed by `VALIDATE CONSTRAINT` is the safe way to add a "
        + "foreign key or CHECK to a large table, but only when the two run in separate transactions. Locks are "
        + "held until the transaction ends, so a VALIDATE in the same transaction checks every row while the "
        + "ADD's lock is still held: SHARE ROW EXCLUSIVE on both tables for a foreign key (no writes), ACCESS "
        + "EXCLUSIVE for a CHECK (no reads either). That is no better than adding the constraint without NOT "
        + "VALID. Whether a file runs in one transaction follows the layout and `assumeInTransaction:`, and "
        + "explicit BEGIN and COMMIT.",
    remediation = "Move `VALIDATE CONSTRAINT` into a later migration, or COMMIT between the two statements where "
        + "the migration tool allows it.",
    lock = "the ADD CONSTRAINT's lock, kept through the validation: SHARE ROW EXCLUSIVE on both tables for a "
        + "foreign key (blocks writes), ACCESS EXCLUSIVE for a CHECK (blocks reads and writes)",
    badExample = """
        ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;""",
    safeExample = """
        -- V7__add_fk.sql
        ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
        -- V8__validate_fk.sql
        ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;""",
    equivalents = {"Squawk constraint-missing-not-valid"})
public final class ValidateInSameTransaction implements SchemaRule {

  /** A constraint added NOT VALID, and the statement that added it. */
  private record Added(ConstraintDefinition constraint, SafetyStep step, SourceSpan span) {

    /** A statement is a transaction of its own where no transaction surrounds it. */
    boolean sameTransaction(SafetyStep other) {
      return other == step || other.inTransaction() && other.transaction() == step.transaction();
    }
  }

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    Map<List<Object>, Added> pending = new HashMap<>();
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.AddConstraint add && add.constraint().notValid()) {
        String name = PostgresNames.constraint(add.constraint(), site.table().name(), site.tableBefore());
        pending.put(List.of(site.table(), name), new Added(add.constraint(), site.step(), add.span()));
      } else if (site.change() instanceof TableChange.ValidateConstraint validate) {
        Added added = pending.get(List.of(site.table(), validate.name()));
        if (added != null && added.sameTransaction(site.step())) {
          report(context, site, validate.name(), added);
        }
      }
    }
  }

  private static void report(RuleContext context, ExistingTableChange site, String name, Added added) {
    ObjectPath table = site.table();
    boolean foreignKey = added.constraint().kind() == ConstraintKind.FOREIGN_KEY;
    LockMode mode = foreignKey ? LockMode.SHARE_ROW_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
    String tables = table + (foreignKey ? added.constraint().referencedTable().map(t -> " and " + t).orElse("")
        : "");
    context.report(site.location(name), "VALIDATE CONSTRAINT " + name + " runs in the same transaction as the "
            + "ADD CONSTRAINT ... NOT VALID at " + added.span() + ", so the " + mode.sqlName() + " lock it took on "
            + tables + " stays held while every row is checked (it " + mode.blocks() + "): NOT VALID gains "
            + "nothing")
        .related(added.span(), "the constraint is added NOT VALID here, in the same transaction")
        .remediation("Validate in a later migration (its own transaction), or COMMIT between the two statements",
            "-- in the next migration:\nALTER TABLE " + site.tableSql() + " VALIDATE CONSTRAINT " + site.sql(name)
                + ";\n");
  }
}
