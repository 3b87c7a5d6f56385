package dev.plumb.core.source.sql;

import dev.plumb.core.model.Index;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.Table;
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
 * Expression keys and the predicate of a partial index keep the text written.
 */
final class IndexReplay {

  private final Names names;

  IndexReplay(Names names) {
    this.names = names;
  }

  Schema create(Schema schema, CreateIndex create, WrittenStatement written) {
    Optional<SourceSpan> span = written.span();
    WrittenElement whole = WrittenElement.whole(written);
    Optional<Table> found = schema.table(names.path(create.getTable()));
    if (found.isEmpty()) {
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
    if (schema.index(path).isPresent() && create.isUsingIfNotExists()) {
      return schema;
    }
    boolean unique = element.getType() != null && element.getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
    Optional<String> predicate = Optional.ofNullable(create.getWhere())
        .map(where -> whole.predicate().orElseGet(where::toString));
    Optional<String> method = Optional.ofNullable(element.getUsing()).map(m -> m.toLowerCase(Locale.ROOT));
    Index index = new Index(path, table.path(), reader.keys(columns, whole), unique, predicate, method, true, span);
    List<Index> indexes = new ArrayList<>(table.indexes().stream().filter(i -> !i.path().equals(path)).toList());
    indexes.add(index);
    return schema.withTable(table.withIndexes(indexes));
  }

  /** Drops the index; {@code onTable} is MySQL's {@code DROP INDEX name ON table}, where names are per table. */
  Schema drop(Schema schema, ObjectPath index, Optional<ObjectPath> onTable) {
    if (onTable.isPresent()) {
      return schema.updateTable(onTable.get(), t -> t.withIndexes(t.indexes().stream()
          .filter(i -> !i.name().equals(index.name())).toList()));
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
}
