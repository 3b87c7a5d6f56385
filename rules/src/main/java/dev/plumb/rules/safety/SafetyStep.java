package dev.plumb.rules.safety;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.ReplayStep;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One statement of a migration as safety rules see it: its operations, and what surrounds it when it runs —
 * whether it runs in a transaction (and which), whether a lock or statement timeout is in force, and which tables
 * the migration itself created (those are empty, so most lock rules do not apply to them).
 *
 * @param migrationStart the schema before the migration's first statement
 * @param inTransaction whether the statement runs inside a transaction, the tool's or an explicit BEGIN's
 * @param explicitTransaction whether that transaction was opened by a BEGIN in the file
 * @param transaction an id shared by the statements of one transaction; a statement outside any has its own
 * @param lockTimeout the setting that bounds how long the statement waits for a lock, if one is in force
 * @param statementTimeout the setting that bounds how long it runs, if one is in force
 * @param renamedFrom for tables renamed earlier in the migration: each present name and the name it had when the
 *     migration began, or empty for a name freed by a rename (whatever has it now is not the old table)
 * @param createdInMigration the tables a CREATE TABLE of this migration makes, wherever in the file it is
 */
public record SafetyStep(ReplayStep step, Migration migration, Schema migrationStart, Dialect dialect,
                         boolean inTransaction, boolean explicitTransaction, int transaction,
                         Optional<Operation.SetSetting> lockTimeout,
                         Optional<Operation.SetSetting> statementTimeout,
                         Map<ObjectPath, Optional<ObjectPath>> renamedFrom, Set<ObjectPath> createdInMigration) {

  public SafetyStep {
    requireNonNull(step, "no step given");
    requireNonNull(migration, "no migration given");
    requireNonNull(migrationStart, "no migration start given");
    requireNonNull(dialect, "no dialect given");
    requireNonNull(lockTimeout, "lockTimeout is Optional, not null");
    requireNonNull(statementTimeout, "statementTimeout is Optional, not null");
    renamedFrom = Map.copyOf(requireNonNull(renamedFrom, "no renames given"));
    createdInMigration = Set.copyOf(requireNonNull(createdInMigration, "no created tables given"));
  }

  public List<Operation> operations() {
    return step.operations();
  }

  /**
   * Whether the table was created earlier in this same migration: it cannot hold rows yet, and no other session
   * uses it, so locking or rewriting it harms nobody. A table renamed in the migration is still the old table. A
   * statement that uses a table its migration creates only further down fails anyway (unknown-table-reference
   * says so); it is about a new table too, not an existing one.
   */
  public boolean isNewTable(ObjectPath table) {
    Optional<ObjectPath> origin = renamedFrom.containsKey(table) ? renamedFrom.get(table) : Optional.of(table);
    boolean heldRows = origin.map(o -> migrationStart.table(o).isPresent()).orElse(false);
    return !heldRows && (step.before().table(table).isPresent() || createdInMigration.contains(table));
  }

  /**
   * Whether the table may hold rows and serve traffic: it was there before the migration, or the replay does not
   * know it at all (a folder holding only the new migrations of a pull request names tables created long ago).
   */
  public boolean isExistingTable(ObjectPath table) {
    return !isNewTable(table);
  }

  /** The table locks of one of this step's operations. */
  public List<TableLock> locks(Operation operation) {
    return Locks.of(operation, step.before(), dialect);
  }
}
