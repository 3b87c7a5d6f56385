package dev.plumb.core.source.sql;

import dev.plumb.core.ddl.DefaultNames;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.create.index.CreateIndex;

/**
 * CREATE INDEX, DROP INDEX and index renames; an index lives in its table's schema, named or named by default.
 * Expression keys and the predicate of a partial index keep the text written. An index on a table the replay
 * does not know is left out; one on a column the table lacks is kept (so that later statements about it make
 * sense) and the column reported.
 */
final class IndexReplay {

  private final Names names;

  IndexReplay(Names names) {
    this.names = names;
  }

  Schema create(Schema schema, CreateIndex create, WrittenStatement written, StatementEvents events) {
    Optional<SourceSpan> span = written.span();
    WrittenElement whole = WrittenElement.whole(written);
    ObjectPath tablePath = names.path(create.getTable());
    Optional<Table> found = schema.table(tablePath);
    if (found.isEmpty()) {
      // An index on a materialized view is fine, but the model keeps none: later statements about it are
      // about something the replay does not know.
      if (References.relation(schema, tablePath, "ON", written, "indexed", events)) {
        Optional.ofNullable(create.getIndex().getName()).filter(n -> !n.isBlank())
            .ifPresent(n -> events.uncertain(names.qualified(n).name()));
      }
      return schema;
    }
    Table table = found.get();
    var element = create.getIndex();
    var columns = element.getColumns() == null
        ? List.<net.sf.jsqlparser.statement.create.table.Index.ColumnParams>of() : element.getColumns();
    TableElements reader = new TableElements(names);
    String schemaName = table.schema();
    String name = Optional.ofNullable(element.getName()).filter(n -> !n.isBlank())
        .map(n -> names.qualified(n).name())
        .orElseGet(() -> DefaultNames.index(names.dialect(), table.name(), reader.keyNames(columns),
            indexNames(schema, schemaName)));
    ObjectPath path = ObjectPath.of(schemaName, name);
    boolean existed = schema.index(path).isPresent();
    events.created(ObjectKind.INDEX, path, span, create.isUsingIfNotExists(), existed);
    if (existed && create.isUsingIfNotExists()) {
      return schema;
    }
    boolean unique = element.getType() != null && element.getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
    Optional<String> predicate = Optional.ofNullable(create.getWhere())
        .map(where -> whole.predicate().orElseGet(where::toString));
    Optional<String> method = Optional.ofNullable(element.getUsing()).map(m -> m.toLowerCase(Locale.ROOT));
    Index index = new Index(path, table.path(), reader.keys(columns, whole), unique, predicate, method, true, span);
    for (IndexKey key : index.keys()) {
      if (!key.expression()) {
        References.column(table, key.text(), span, Optional.of("ON"), written, "indexed", events);
      }
    }
    List<Index> indexes = new ArrayList<>(table.indexes().stream().filter(i -> !i.path().equals(path)).toList());
    indexes.add(index);
    return schema.withTable(table.withIndexes(indexes));
  }

  /** Drops the index; {@code onTable} is MySQL's {@code DROP INDEX name ON table}, where names are per table. */
  Schema drop(Schema schema, ObjectPath index, Optional<ObjectPath> onTable) {
    if (onTable.isPresent()) {
      return schema.updateTable(onTable.get(), t -> t.withIndexes(t.indexes().stream()
          .filter(i -> !matches(i, index, true)).toList()));
    }
    Schema result = schema;
    for (Table table : schema.tablesWithIndex(index)) {
      result = result.withTable(table.withIndexes(table.indexes().stream().filter(i -> !i.path().equals(index))
          .toList()));
    }
    return result;
  }

  Schema rename(Schema schema, ObjectPath from, String to) {
    ObjectPath renamed = ObjectPath.of(from.parent().name(), to);
    Schema result = schema;
    for (Table table : schema.tablesWithIndex(from)) {
      result = result.withTable(table.withIndexes(table.indexes().stream()
          .map(i -> i.path().equals(from) ? new Index(renamed, i.table(), i.keys(), i.unique(), i.predicate(),
              i.method(), i.valid(), i.span()) : i)
          .toList()));
    }
    return result;
  }

  /**
   * Whether DROP INDEX finds something to drop: an index, or (MySQL, where a unique key is an index) a unique
   * constraint or primary key of the name.
   */
  static boolean exists(Schema schema, ObjectPath index, Optional<ObjectPath> onTable) {
    if (onTable.isEmpty() && !schema.tablesWithIndex(index).isEmpty()) {
      // The common case, looked up; only a name that is no index needs the walk over the keys below.
      return true;
    }
    for (Table table : schema.allTables()) {
      if (onTable.filter(p -> !p.equals(table.path())).isPresent()
          || (onTable.isEmpty() && !table.schema().equals(index.parent().name()))) {
        continue;
      }
      boolean byIndex = table.indexes().stream().anyMatch(i -> matches(i, index, onTable.isPresent()));
      boolean byKey = table.uniqueConstraints().stream().anyMatch(u -> u.name().filter(index.name()::equals)
          .isPresent()) || table.primaryKey().flatMap(k -> k.name()).filter(index.name()::equals).isPresent();
      if (byIndex || byKey) {
        return true;
      }
    }
    return false;
  }

  /**
   * The relation names taken in a schema's namespace, for naming an unnamed index: its tables' and its indexes',
   * which share one namespace in PostgreSQL. Asked name by name, so that no statement has to list them all.
   */
  static Set<String> indexNames(Schema schema, String schemaName) {
    return new AbstractSet<>() {
      @Override
      public boolean contains(Object name) {
        if (!(name instanceof String text)) {
          return false;
        }
        ObjectPath path = ObjectPath.of(schemaName, text);
        return schema.tables().containsKey(path) || schema.index(path).isPresent();
      }

      @Override
      public Iterator<String> iterator() {
        return listed().iterator();
      }

      @Override
      public int size() {
        return listed().size();
      }

      private Set<String> listed() {
        Set<String> taken = new LinkedHashSet<>();
        for (Table table : schema.allTables()) {
          if (table.schema().equals(schemaName)) {
            table.indexes().forEach(i -> taken.add(i.name()));
            taken.add(table.name());
          }
        }
        return Collections.unmodifiableSet(taken);
      }
    };
  }

  private static boolean matches(Index index, ObjectPath wanted, boolean byNameOnly) {
    return byNameOnly ? index.name().equals(wanted.name()) : index.path().equals(wanted);
  }
}
