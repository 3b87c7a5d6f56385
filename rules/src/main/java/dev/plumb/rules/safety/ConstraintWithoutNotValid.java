package dev.plumb.rules.safety;

import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.ConstraintKind;
import dev.plumb.core.model.operation.TableChange;
import java.util.List;
import java.util.Optional;

/** A foreign key or CHECK added to a table with rows checks them all while it blocks writes, or everything. */
@RuleInfo(
    id = "constraint-without-not-valid",
    severity = Severity.WARNING,
    category = "safety",
    summary = "A foreign key or CHECK is added to an existing table without NOT VALID",
    description = "Adding a FOREIGN KEY checks every existing row against the referenced table while both tables "
        + "are locked SHARE ROW EXCLUSIVE (no INSERT, UPDATE or DELETE on either); adding a CHECK scans every row "
        + "under ACCESS EXCLUSIVE (no reads either). On a large table that is minutes of downtime. Written "
        + "`NOT VALID`, the constraint is enforced for new rows at once and holds its lock only for a moment; "
        + "`VALIDATE CONSTRAINT` then checks the old rows under SHARE UPDATE EXCLUSIVE, which lets reads and "
        + "writes go on. `ADD COLUMN ... REFERENCES` is reported when the new column gets values (a DEFAULT, serial, "
        + "identity): without one every row holds NULL and PostgreSQL skips the check. Tables created earlier in "
        + "the same migration are empty and not reported.",
    remediation = "Add the constraint with NOT VALID, then run `ALTER TABLE ... VALIDATE CONSTRAINT ...` in a "
        + "separate transaction (a later migration).",
    lock = "FOREIGN KEY: SHARE ROW EXCLUSIVE on both tables while every row is checked, blocking INSERT, UPDATE "
        + "and DELETE; CHECK: ACCESS EXCLUSIVE on the table while every row is checked, blocking every read and "
        + "write",
    badExample = "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);",
    safeExample = """
        ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
        -- in a later migration:
        ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;""",
    equivalents = {"Squawk adding-foreign-key-constraint", "Squawk constraint-missing-not-valid", "Atlas PG305",
        "Atlas PG306", "strong_migrations (adding a foreign key, a check constraint, a reference)", "eugene E1"})
public final class ConstraintWithoutNotValid implements SchemaRule {

  @Override
  public void check(RuleContext context) {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    for (ExistingTableChange site : ExistingTableChange.of(context)) {
      if (site.change() instanceof TableChange.AddConstraint add && checksRows(add.constraint())) {
        reportConstraint(context, site, add.constraint());
      } else if (site.change() instanceof TableChange.AddColumn add && add.column().references().isPresent()
          && AddedColumns.fillsRows(add.column())) {
        // A new column without a default is all NULL: PostgreSQL marks its foreign key valid without a check.
        reportInlineReference(context, site, add.column());
      }
    }
  }

  private static boolean checksRows(ConstraintDefinition constraint) {
    return !constraint.notValid()
        && (constraint.kind() == ConstraintKind.FOREIGN_KEY || constraint.kind() == ConstraintKind.CHECK);
  }

  private static void reportConstraint(RuleContext context, ExistingTableChange site,
                                       ConstraintDefinition constraint) {
    String name = PostgresNames.constraint(constraint, site.table().name(), site.tableBefore());
    boolean foreignKey = constraint.kind() == ConstraintKind.FOREIGN_KEY;
    String lock = foreignKey
        ? "while a " + LockMode.SHARE_ROW_EXCLUSIVE.sqlName() + " lock on " + site.table()
            + constraint.referencedTable().map(t -> " and " + t).orElse("") + " "
            + LockMode.SHARE_ROW_EXCLUSIVE.blocks()
        : "under " + LockMode.ACCESS_EXCLUSIVE.describe();
    String what = foreignKey ? "Foreign key " : "CHECK constraint ";
    String statement = "ALTER TABLE " + site.tableSql() + " ADD " + constraintSql(site, constraint, name);
    context.report(site.location(name), what + name + " is added to existing table " + site.table()
            + " without NOT VALID: every row is checked " + lock)
        .remediation("Add it NOT VALID (enforced for new rows at once, with a brief lock), then validate the old "
                + "rows in a separate transaction, which lets reads and writes go on"
                + (foreignKey ? " (keep the ON DELETE and other clauses as written)" : ""),
            statement + " NOT VALID;\n" + validate(site, name))
        .fix("Add NOT VALID", List.of(TextEdit.insertAfter(constraint.span(), " NOT VALID")));
  }

  private static void reportInlineReference(RuleContext context, ExistingTableChange site, ColumnDefinition column) {
    ObjectPath referenced = column.references().orElseThrow();
    ConstraintDefinition key = foreignKeyOf(column, referenced);
    String name = PostgresNames.constraint(key, site.table().name(), site.tableBefore());
    context.report(site.location(column.name()), "Column " + column.name() + " is added to existing table "
            + site.table() + " with REFERENCES " + referenced + " and a value for every row: the new foreign key "
            + "checks them all while " + site.table() + " is locked ACCESS EXCLUSIVE (every read and write waits) and "
            + referenced + " SHARE ROW EXCLUSIVE (its writes wait)")
        .remediation("Add the column without REFERENCES, then the foreign key NOT VALID, then validate it in a "
                + "separate transaction",
            SafeSql.addPlainColumn(site.table(), column, column.typeText().strip()
                + column.defaultExpression().map(d -> " DEFAULT " + d.strip()).orElse(""), site.dialect())
                + "ALTER TABLE " + site.tableSql() + " ADD " + constraintSql(site, key, name) + " NOT VALID;\n"
                + validate(site, name));
  }

  private static ConstraintDefinition foreignKeyOf(ColumnDefinition column, ObjectPath referenced) {
    return new ConstraintDefinition(Optional.empty(), ConstraintKind.FOREIGN_KEY, List.of(column.name()),
        Optional.of(referenced), List.of(), false, Optional.empty(), Optional.empty(), column.span());
  }

  private static String validate(ExistingTableChange site, String name) {
    return "-- in a later migration, or after a COMMIT:\nALTER TABLE " + site.tableSql() + " VALIDATE CONSTRAINT "
        + site.sql(name) + ";\n";
  }

  /** The constraint as SQL, named; clauses the model does not keep (ON DELETE, ...) are left out. */
  private static String constraintSql(ExistingTableChange site, ConstraintDefinition constraint, String name) {
    Dialect dialect = site.dialect();
    StringBuilder sql = new StringBuilder("CONSTRAINT ").append(site.sql(name));
    if (constraint.kind() == ConstraintKind.CHECK) {
      return sql.append(" CHECK ").append(SafeSql.parenthesized(constraint.expression().orElse("true")))
          .toString();
    }
    ObjectPath referenced = constraint.referencedTable().orElseThrow();
    sql.append(" FOREIGN KEY (").append(columns(constraint.columns(), dialect)).append(") REFERENCES ")
        .append(SqlNames.of(referenced, dialect));
    List<String> referencedColumns = constraint.referencedColumns().isEmpty()
        ? primaryKeyOf(site, referenced) : constraint.referencedColumns();
    if (!referencedColumns.isEmpty()) {
      sql.append(" (").append(columns(referencedColumns, dialect)).append(')');
    }
    return sql.toString();
  }

  /** A REFERENCES without columns means the primary key: written out where the replay knows it. */
  private static List<String> primaryKeyOf(ExistingTableChange site, ObjectPath table) {
    return site.step().step().before().table(table).flatMap(Table::primaryKey).map(k -> k.columns())
        .orElse(List.of());
  }

  private static String columns(List<String> names, Dialect dialect) {
    return String.join(", ", names.stream().map(n -> SqlNames.of(n, dialect)).toList());
  }
}
