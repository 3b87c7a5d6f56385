package dev.plumb.rules.design;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.ColumnDefinition;

/** A column as a CREATE TABLE or ADD COLUMN of the migrations wrote it, with its table. */
record CreatedColumn(ObjectPath table, ColumnDefinition definition) {

  CreatedColumn {
    requireNonNull(table, "no table given");
    requireNonNull(definition, "no definition given");
  }

  ObjectPath path() {
    return table.child(definition.name());
  }
}
