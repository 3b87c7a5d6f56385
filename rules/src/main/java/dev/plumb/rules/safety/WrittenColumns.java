package dev.plumb.rules.safety;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.ColumnDefinition;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last definition written for each column, kept up to date statement by statement: what the migrations
 * said about a column as written (an ENUM's values keep their case here, unlike in the model's type name).
 */
final class WrittenColumns {

  private final Map<ObjectPath, ColumnDefinition> byPath = new HashMap<>();

  Optional<ColumnDefinition> get(ObjectPath table, String column) {
    return Optional.ofNullable(byPath.get(table.child(column)));
  }

  /** Takes in what a statement did to column definitions; call after looking at the statement. */
  void apply(Operation operation) {
    if (operation instanceof Operation.CreateTable create) {
      forget(create.table());
      create.columns().forEach(c -> byPath.put(create.table().child(c.name()), c));
    } else if (operation instanceof Operation.AlterTable alter) {
      alter.changes().forEach(change -> apply(alter.table(), change));
    } else if (operation instanceof Operation.Drop drop && drop.objectType().equals("TABLE")) {
      drop.names().forEach(this::forget);
    }
  }

  private void apply(ObjectPath table, TableChange change) {
    if (change instanceof TableChange.AddColumn add) {
      byPath.put(table.child(add.column().name()), add.column());
    } else if (change instanceof TableChange.DropColumn drop) {
      byPath.remove(table.child(drop.column()));
    } else if (change instanceof TableChange.RedefineColumn redefine) {
      byPath.remove(table.child(redefine.column()));
      byPath.put(table.child(redefine.definition().name()), redefine.definition());
    } else if (change instanceof TableChange.RenameColumn rename) {
      Optional.ofNullable(byPath.remove(table.child(rename.from())))
          .ifPresent(d -> byPath.put(table.child(rename.to()), d));
    } else if (change instanceof TableChange.RenameTable rename) {
      for (ObjectPath path : List.copyOf(byPath.keySet())) {
        if (path.parent().equals(table)) {
          byPath.put(rename.to().child(path.name()), byPath.remove(path));
        }
      }
    }
  }

  private void forget(ObjectPath table) {
    byPath.keySet().removeIf(path -> path.parent().equals(table));
  }
}
