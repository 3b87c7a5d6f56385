package dev.plumb.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a schema looks its tables and sequences up by, besides their paths. */
final class SchemaFacets {

  static final IndexedMap.Facet<Table> INDEXES = new IndexedMap.Facet<>("index",
      table -> paths(table.indexes().stream().map(Index::path).toList()), Table::indexes);
  static final IndexedMap.Facet<Table> REFERENCED_TABLES = new IndexedMap.Facet<>("referenced table",
      table -> paths(table.foreignKeys().stream().map(ForeignKey::referencedTable).toList()), Table::foreignKeys);
  static final IndexedMap.Facet<Sequence> OWNING_TABLE = new IndexedMap.Facet<>("owning table",
      sequence -> sequence.ownedBy().map(column -> Set.of(column.parent())).orElse(Set.of()), Sequence::ownedBy);

  static final List<IndexedMap.Facet<Table>> TABLE_FACETS = List.of(INDEXES, REFERENCED_TABLES);
  static final List<IndexedMap.Facet<Sequence>> SEQUENCE_FACETS = List.of(OWNING_TABLE);

  private SchemaFacets() {
  }

  private static Set<ObjectPath> paths(List<ObjectPath> paths) {
    return paths.isEmpty() ? Set.of() : new HashSet<>(paths);
  }
}
