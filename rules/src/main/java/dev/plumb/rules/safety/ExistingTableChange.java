package dev.plumb.rules.safety;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One change of an ALTER TABLE on a table that may hold rows and serve traffic, with the statement and step it
 * belongs to. Changes of tables created earlier in the same migration are left out: those tables are empty and
 * nobody else uses them yet, so locking or rewriting them costs nothing. So is an {@code ADD COLUMN IF NOT
 * EXISTS} of a column the table already has, which does nothing.
 */
public record ExistingTableChange(SafetyStep step, Operation.AlterTable alter, TableChange change) {

  public ExistingTableChange {
    requireNonNull(step, "no step given");
    requireNonNull(alter, "no ALTER TABLE given");
    requireNonNull(change, "no change given");
  }

  /** Every ALTER TABLE change on an existing table, in the order the migrations run them. */
  public static List<ExistingTableChange> of(RuleContext context) {
    return of(SafetySteps.of(context));
  }

  public static List<ExistingTableChange> of(List<SafetyStep> steps) {
    List<ExistingTableChange> result = new ArrayList<>();
    for (SafetyStep step : steps) {
      for (Operation operation : step.operations()) {
        if (operation instanceof Operation.AlterTable alter && step.isExistingTable(alter.table())) {
          alter.changes().stream().filter(change -> !skipped(step, alter, change))
              .forEach(change -> result.add(new ExistingTableChange(step, alter, change)));
        }
      }
    }
    return result;
  }

  private static boolean skipped(SafetyStep step, Operation.AlterTable alter, TableChange change) {
    return change instanceof TableChange.AddColumn add && add.ifNotExists()
        && step.step().before().table(alter.table()).flatMap(t -> t.column(add.column().name())).isPresent();
  }

  public ObjectPath table() {
    return alter.table();
  }

  public Dialect dialect() {
    return step.dialect();
  }

  /** The table's name as remediation SQL writes it. */
  public String tableSql() {
    return SqlNames.of(alter.table(), step.dialect());
  }

  /** A column or constraint name as remediation SQL writes it. */
  public String sql(String name) {
    return SqlNames.of(name, step.dialect());
  }

  /** The table as it was right before this statement, if the replay knows it. */
  public Optional<Table> tableBefore() {
    return step.step().before().table(alter.table());
  }

  public Optional<Column> columnBefore(String column) {
    return tableBefore().flatMap(t -> t.column(column));
  }

  /** Where the change is written, about the named column or constraint of the table. */
  public Location location(String object) {
    return Location.of(change.span(), alter.table().child(object));
  }

  /** Where the change is written, about the table. */
  public Location location() {
    return Location.of(change.span(), alter.table());
  }
}
