package dev.plumb.rules.safety;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.DerivedFact;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a table or column a statement names held data before its migration began. A name alone does not say:
 * {@code ALTER TABLE orders RENAME TO purchases} hands the old rows to a new name, and {@code DROP TABLE orders}
 * followed by {@code CREATE TABLE orders} gives an old name to an empty table. This follows the migration's own
 * renames, drops and additions statement by statement, so that destructive rules speak about data that exists.
 */
final class PreexistingObjects {

  private static final Names NONE = new Names(Map.of(), Map.of());

  private final Map<SafetyStep, Names> before = new IdentityHashMap<>();

  private PreexistingObjects() {
  }

  /** Computed once per run for the rules that ask what existed before a migration. */
  private static final DerivedFact<PreexistingObjects> FACT = context -> of(SafetySteps.of(context));

  static PreexistingObjects of(RuleContext context) {
    return context.derived(FACT);
  }

  static PreexistingObjects of(List<SafetyStep> steps) {
    PreexistingObjects objects = new PreexistingObjects();
    Names names = NONE;
    int migration = -1;
    for (SafetyStep step : steps) {
      if (step.step().migration() != migration) {
        migration = step.step().migration();
        names = NONE;
      }
      objects.before.put(step, names);
      for (Operation operation : step.operations()) {
        names = names.after(operation, step);
      }
    }
    return objects;
  }

  /**
   * Whether the table, under this name at this step, holds rows that were there before the migration: it or the
   * table renamed to it existed, or the replay does not know it at all (a folder of new migrations names tables
   * created long ago).
   */
  boolean tableExisted(SafetyStep step, ObjectPath table) {
    Optional<ObjectPath> origin = names(step).table(table);
    if (origin.isEmpty()) {
      return false;
    }
    if (step.migrationStart().table(origin.get()).isPresent()) {
      return true;
    }
    return step.step().before().table(table).isEmpty();
  }

  /** Whether the column, under this name at this step, holds values that were there before the migration. */
  boolean columnExisted(SafetyStep step, ObjectPath table, String column) {
    if (!tableExisted(step, table)) {
      return false;
    }
    ObjectPath origin = names(step).table(table).orElseThrow();
    Optional<String> original = names(step).column(origin, column);
    if (original.isEmpty()) {
      return false;
    }
    return step.migrationStart().table(origin).map(t -> t.column(original.get()).isPresent()).orElse(true);
  }

  /**
   * The table's new path: PostgreSQL's {@code RENAME TO} takes a bare name and keeps the table in its schema, MySQL's
   * may move it to another database.
   */
  static ObjectPath renamedTo(ObjectPath table, TableChange.RenameTable rename, Dialect dialect) {
    return dialect.isMysqlFamily() ? rename.to() : table.parent().child(rename.to().name());
  }

  /** Whether two column names name the same column: MySQL and MariaDB ignore case in column names. */
  static boolean sameColumn(String one, String other, Dialect dialect) {
    return dialect.isMysqlFamily() ? one.equalsIgnoreCase(other) : one.equals(other);
  }

  /**
   * Whether code deployed before the migration knows the table by this name: it held rows under the same name when
   * the migration began. A table renamed earlier in the migration has a name no running code uses yet.
   */
  boolean tableNameExisted(SafetyStep step, ObjectPath table) {
    return names(step).table(table).equals(Optional.of(table)) && tableExisted(step, table);
  }

  /** Whether code deployed before the migration knows the column by this name, in a table of the same name. */
  boolean columnNameExisted(SafetyStep step, ObjectPath table, String column) {
    return tableNameExisted(step, table) && names(step).column(table, column).equals(Optional.of(column))
        && columnExisted(step, table, column);
  }

  private Names names(SafetyStep step) {
    return requireNonNull(before.get(step), "a step of another walk");
  }

  /**
   * The names this migration has changed so far: for each table name, the table it held before the migration
   * (empty: a table the migration made); for each such table, the same for its column names. Names not in the
   * maps are unchanged.
   */
  private record Names(Map<ObjectPath, Optional<ObjectPath>> tables,
                       Map<ObjectPath, Map<String, Optional<String>>> columns) {

    Optional<ObjectPath> table(ObjectPath name) {
      return tables.getOrDefault(name, Optional.of(name));
    }

    Optional<String> column(ObjectPath origin, String name) {
      return columns.getOrDefault(origin, Map.of()).getOrDefault(name, Optional.of(name));
    }

    Names after(Operation operation, SafetyStep step) {
      if (operation instanceof Operation.Drop drop && drop.objectType().equals("TABLE")) {
        Names result = this;
        for (ObjectPath name : drop.names()) {
          result = result.withTable(name, Optional.empty());
        }
        return result;
      }
      if (operation instanceof Operation.AlterTable alter) {
        Names result = this;
        ObjectPath current = alter.table();
        for (TableChange change : alter.changes()) {
          result = result.after(current, change, step);
          if (change instanceof TableChange.RenameTable rename) {
            current = renamedTo(current, rename, step.dialect());
          }
        }
        return result;
      }
      return this;
    }

    private Names after(ObjectPath table, TableChange change, SafetyStep step) {
      if (change instanceof TableChange.RenameTable rename) {
        return withTable(renamedTo(table, rename, step.dialect()), table(table)).withTable(table, Optional.empty());
      }
      Optional<ObjectPath> origin = table(table);
      if (origin.isEmpty()) {
        return this;
      }
      if (change instanceof TableChange.RenameColumn rename) {
        return renamed(origin.get(), rename.from(), rename.to());
      }
      if (change instanceof TableChange.RedefineColumn redefine
          && !sameColumn(redefine.column(), redefine.definition().name(), step.dialect())) {
        return renamed(origin.get(), redefine.column(), redefine.definition().name());
      }
      if (change instanceof TableChange.AddColumn add) {
        return withColumn(origin.get(), add.column().name(), Optional.empty());
      }
      if (change instanceof TableChange.DropColumn drop) {
        return withColumn(origin.get(), drop.column(), Optional.empty());
      }
      return this;
    }

    private Names renamed(ObjectPath origin, String from, String to) {
      return withColumn(origin, to, column(origin, from)).withColumn(origin, from, Optional.empty());
    }

    private Names withTable(ObjectPath name, Optional<ObjectPath> origin) {
      Map<ObjectPath, Optional<ObjectPath>> changed = new HashMap<>(tables);
      changed.put(name, origin);
      return new Names(changed, columns);
    }

    private Names withColumn(ObjectPath origin, String name, Optional<String> original) {
      Map<String, Optional<String>> ofTable = new HashMap<>(columns.getOrDefault(origin, Map.of()));
      ofTable.put(name, original);
      Map<ObjectPath, Map<String, Optional<String>>> changed = new HashMap<>(columns);
      changed.put(origin, ofTable);
      return new Names(tables, changed);
    }
  }
}
