package dev.plumb.core.source.sql;

import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.List;
import java.util.Optional;

/**
 * Checks that the tables and columns a statement names exist at that point, and reports those that do not as
 * unresolved references, placed at the name where it is written.
 */
final class References {

  private References() {
  }

  /** Tables and views share one namespace, and an index, trigger or comment may be on either. */
  static boolean relationExists(Schema schema, ObjectPath path) {
    return schema.table(path).isPresent() || schema.views().containsKey(path);
  }

  /**
   * Reports the table if neither it nor a view of its name exists; the name is looked for after
   * {@code keyword}. Returns whether it exists. One of the same name in another schema is not reported: the
   * search path, which the replay does not follow, may well lead there.
   */
  static boolean relation(Schema schema, ObjectPath table, String keyword, WrittenStatement written, String usage,
                          StatementEvents events) {
    if (relationExists(schema, table)) {
      return true;
    }
    if (!existsInAnotherSchema(schema, table)) {
      events.unresolved(ObjectKind.TABLE, table, written.nameSpanAfter(keyword, table.name(), written.span()),
          usage);
    }
    return false;
  }

  private static boolean existsInAnotherSchema(Schema schema, ObjectPath table) {
    return schema.tables().keySet().stream().anyMatch(p -> p.name().equals(table.name()))
        || schema.views().keySet().stream().anyMatch(p -> p.name().equals(table.name()));
  }

  /** Reports the column if the table lacks it; the name is looked for inside {@code within}. */
  static boolean column(Table table, String column, Optional<SourceSpan> within, Optional<String> keyword,
                        WrittenStatement written, String usage, StatementEvents events) {
    if (table.column(column).isPresent()) {
      return true;
    }
    Optional<SourceSpan> at = written.nameSpan(column, within, keyword, 0).or(() -> within);
    events.unresolved(ObjectKind.COLUMN, table.path().child(column), at, usage);
    return false;
  }

  /**
   * Checks the keys, constraints and indexes that {@code after} has and {@code before} had not (all of them for
   * a new table): their columns must be columns of the table, and a foreign key's table and columns must exist.
   */
  static void added(Schema schema, Optional<Table> before, Table after, WrittenStatement written,
                    StatementEvents events) {
    Optional<PrimaryKey> key = after.primaryKey().filter(k -> before.flatMap(Table::primaryKey)
        .filter(k::equals).isEmpty());
    key.ifPresent(k -> columns(after, k.columns(), k.span(), Optional.of("KEY"), "in the primary key", written, events));
    for (UniqueConstraint unique : after.uniqueConstraints()) {
      if (before.filter(t -> t.uniqueConstraints().contains(unique)).isEmpty()) {
        columns(after, unique.columns(), unique.span(), Optional.of("UNIQUE"), "in a unique constraint", written, events);
      }
    }
    for (ForeignKey foreignKey : after.foreignKeys()) {
      if (before.filter(t -> t.foreignKeys().contains(foreignKey)).isEmpty()) {
        columns(after, foreignKey.columns(), foreignKey.span(), Optional.of("KEY"), "in a foreign key", written, events);
        referenced(schema, after, foreignKey, written, events);
      }
    }
    for (Index index : after.indexes()) {
      if (before.filter(t -> t.indexes().contains(index)).isEmpty()) {
        List<String> keys = index.keys().stream().filter(k -> !k.expression()).map(IndexKey::text).toList();
        columns(after, keys, index.span(), Optional.empty(), "indexed", written, events);
      }
    }
  }

  /**
   * The table a foreign key references, and its referenced columns; a table may reference itself. Not checked
   * where the database does not check either: SQLite, and MySQL after {@code SET FOREIGN_KEY_CHECKS = 0}.
   */
  static void referenced(Schema schema, Table owner, ForeignKey key, WrittenStatement written,
                         StatementEvents events) {
    if (!events.foreignKeysChecked()) {
      return;
    }
    ObjectPath target = key.referencedTable();
    Optional<Table> referenced = target.equals(owner.path()) ? Optional.of(owner) : schema.table(target);
    if (referenced.isEmpty()) {
      if (!schema.views().containsKey(target)) {
        events.unresolved(ObjectKind.TABLE, target, written.nameSpanAfter("REFERENCES", target.name(), key.span())
            .or(key::span), "referenced by a foreign key");
      }
      return;
    }
    for (String column : key.referencedColumns()) {
      column(referenced.get(), column, key.span(), Optional.of("REFERENCES"), written, "referenced by a foreign key",
          events);
    }
  }

  private static void columns(Table table, List<String> columns, Optional<SourceSpan> within,
                              Optional<String> keyword, String usage, WrittenStatement written,
                              StatementEvents events) {
    for (String column : columns) {
      column(table, column, within, keyword, written, usage, events);
    }
  }
}
