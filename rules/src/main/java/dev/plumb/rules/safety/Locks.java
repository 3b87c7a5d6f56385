package dev.plumb.rules.safety;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.ConstraintKind;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which table locks an operation takes, from the PostgreSQL manual's lock table ("Explicit Locking") and, for
 * MySQL and MariaDB, the metadata lock every DDL statement waits for. Where one statement takes several locks on
 * a table, the strongest counts.
 */
public final class Locks {

  private Locks() {
  }

  /**
   * The table locks of an operation.
   *
   * @param before the schema before the statement, to find the table of an index
   */
  public static List<TableLock> of(Operation operation, Schema before, Dialect dialect) {
    Map<ObjectPath, LockMode> locks = new LinkedHashMap<>();
    if (dialect.isMysqlFamily()) {
      mysql(operation, before, locks);
    } else if (dialect == Dialect.POSTGRESQL) {
      postgres(operation, before, locks);
    }
    List<TableLock> result = new ArrayList<>();
    locks.forEach((table, mode) -> result.add(new TableLock(table, mode)));
    return result;
  }

  private static void postgres(Operation operation, Schema before, Map<ObjectPath, LockMode> locks) {
    if (operation instanceof Operation.CreateTable create) {
      referencedTables(create).forEach(t -> take(locks, t, LockMode.SHARE_ROW_EXCLUSIVE));
    } else if (operation instanceof Operation.AlterTable alter) {
      alter.changes().forEach(change -> alterChange(alter.table(), change, locks));
    } else if (operation instanceof Operation.CreateIndex index) {
      take(locks, index.table(), index.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE);
    } else if (operation instanceof Operation.DropIndex drop) {
      LockMode mode = drop.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
      drop.indexes().forEach(index -> tableOf(index, drop.table(), before).ifPresent(t -> take(locks, t, mode)));
    } else if (operation instanceof Operation.Reindex reindex) {
      reindexed(reindex, before).ifPresent(t -> take(locks, t, reindex.concurrently()
          ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE));
    } else if (operation instanceof Operation.Drop drop && drop.objectType().equals("TABLE")) {
      drop.names().forEach(t -> take(locks, t, LockMode.ACCESS_EXCLUSIVE));
    } else if (operation instanceof Operation.Truncate truncate) {
      truncate.tables().forEach(t -> take(locks, t, LockMode.ACCESS_EXCLUSIVE));
    } else if (operation instanceof Operation.Maintenance maintenance) {
      LockMode mode = maintenance.command().equals("VACUUM") ? LockMode.SHARE_UPDATE_EXCLUSIVE
          : LockMode.ACCESS_EXCLUSIVE;
      maintenance.tables().forEach(t -> take(locks, t, mode));
    } else if (operation instanceof Operation.CreateTrigger trigger) {
      take(locks, trigger.table(), LockMode.SHARE_ROW_EXCLUSIVE);
    } else if (operation instanceof Operation.DataChange change) {
      take(locks, change.table(), LockMode.ROW_EXCLUSIVE);
    }
  }

  private static void alterChange(ObjectPath table, TableChange change, Map<ObjectPath, LockMode> locks) {
    if (change instanceof TableChange.AddConstraint add && add.constraint().kind() == ConstraintKind.FOREIGN_KEY) {
      take(locks, table, LockMode.SHARE_ROW_EXCLUSIVE);
      add.constraint().referencedTable().ifPresent(t -> take(locks, t, LockMode.SHARE_ROW_EXCLUSIVE));
    } else if (change instanceof TableChange.AddColumn add && add.column().references().isPresent()) {
      take(locks, table, LockMode.ACCESS_EXCLUSIVE);
      take(locks, add.column().references().get(), LockMode.SHARE_ROW_EXCLUSIVE);
    } else if (change instanceof TableChange.ValidateConstraint) {
      take(locks, table, LockMode.SHARE_UPDATE_EXCLUSIVE);
    } else if (change instanceof TableChange.Partition partition) {
      // ATTACH and DETACH CONCURRENTLY lock the parent lightly; a plain DETACH locks both fully.
      boolean light = partition.attach() || partition.concurrently();
      take(locks, table, light ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
      take(locks, partition.partition(), partition.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE
          : LockMode.ACCESS_EXCLUSIVE);
    } else if (change instanceof TableChange.Other other) {
      take(locks, table, otherMode(other.text()));
    } else {
      take(locks, table, LockMode.ACCESS_EXCLUSIVE);
    }
  }

  /** The few ALTER TABLE forms the manual lists with weaker locks than ACCESS EXCLUSIVE. */
  private static LockMode otherMode(String text) {
    String upper = text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (upper.matches("(ENABLE|DISABLE)( ALWAYS| REPLICA)? TRIGGER.*")) {
      return LockMode.SHARE_ROW_EXCLUSIVE;
    }
    if (upper.matches("(ALTER (COLUMN )?\\S+ SET STATISTICS.*|CLUSTER ON.*|SET WITHOUT CLUSTER|SET \\(.*|RESET \\(.*)")) {
      return LockMode.SHARE_UPDATE_EXCLUSIVE;
    }
    return LockMode.ACCESS_EXCLUSIVE;
  }

  private static void mysql(Operation operation, Schema before, Map<ObjectPath, LockMode> locks) {
    LockMode mode = LockMode.METADATA_EXCLUSIVE;
    if (operation instanceof Operation.AlterTable alter) {
      take(locks, alter.table(), mode);
    } else if (operation instanceof Operation.CreateIndex index) {
      take(locks, index.table(), mode);
    } else if (operation instanceof Operation.DropIndex drop) {
      drop.indexes().forEach(index -> tableOf(index, drop.table(), before).ifPresent(t -> take(locks, t, mode)));
    } else if (operation instanceof Operation.Drop drop && drop.objectType().equals("TABLE")) {
      drop.names().forEach(t -> take(locks, t, mode));
    } else if (operation instanceof Operation.Truncate truncate) {
      truncate.tables().forEach(t -> take(locks, t, mode));
    } else if (operation instanceof Operation.Maintenance maintenance) {
      maintenance.tables().forEach(t -> take(locks, t, mode));
    } else if (operation instanceof Operation.CreateTrigger trigger) {
      take(locks, trigger.table(), mode);
    }
  }

  /** Tables a CREATE TABLE's foreign keys point at: each gets a SHARE ROW EXCLUSIVE lock while the table is made. */
  static List<ObjectPath> referencedTables(Operation.CreateTable create) {
    List<ObjectPath> tables = new ArrayList<>();
    create.columns().stream().map(ColumnDefinition::references).flatMap(Optional::stream)
        .filter(t -> !t.equals(create.table())).forEach(tables::add);
    create.constraints().stream().filter(c -> c.kind() == ConstraintKind.FOREIGN_KEY)
        .map(ConstraintDefinition::referencedTable).flatMap(Optional::stream)
        .filter(t -> !t.equals(create.table())).forEach(tables::add);
    return tables;
  }

  private static Optional<ObjectPath> tableOf(ObjectPath index, Optional<ObjectPath> named, Schema before) {
    if (named.isPresent()) {
      return named;
    }
    return before.index(index).map(Index::table);
  }

  private static Optional<ObjectPath> reindexed(Operation.Reindex reindex, Schema before) {
    return switch (reindex.target()) {
      case "TABLE" -> Optional.of(reindex.name());
      case "INDEX" -> before.index(reindex.name()).map(Index::table);
      default -> Optional.empty();
    };
  }

  private static void take(Map<ObjectPath, LockMode> locks, ObjectPath table, LockMode mode) {
    locks.merge(table, mode, LockMode::strongest);
  }
}
