package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The lookups a schema keeps ready answer what a walk over every table would, after any series of changes. */
class SchemaLookupPropertiesTest {

  private static final List<String> TABLES = List.of("a", "b", "c", "d");
  private static final List<String> INDEXES = List.of("i", "j", "k");

  /**
   * Puts a table (with indexes and foreign keys), removes one, moves one to another name, or puts a sequence
   * (named after {@code target}) owned by a column of the table.
   */
  record Change(String kind, String table, String target, List<String> indexes, List<String> references) {

    Schema applyTo(Schema schema) {
      ObjectPath path = path(table);
      return switch (kind) {
        case "put" -> schema.withTable(table(path));
        case "remove" -> schema.withoutTable(path);
        case "sequence" -> schema.withSequence(new Sequence(ObjectPath.of("s", target + "_seq"), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(path.child("id")), Optional.empty()));
        default -> schema.table(path).map(t -> schema.withTableMoved(path, table(path(target)))).orElse(schema);
      };
    }

    private Table table(ObjectPath path) {
      // Index names are per table in MySQL, so two tables may hold an index of one name.
      return Table.empty(path, Optional.empty())
          .withIndexes(indexes.stream().map(i -> new Index(ObjectPath.of("s", i), path, List.of(IndexKey.column("x")),
              false, Optional.empty(), Optional.empty(), true, Optional.empty())).toList())
          .withForeignKeys(references.stream().map(r -> new ForeignKey(Optional.empty(), List.of("x"), path(r),
              List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, true, Optional.empty()))
              .toList());
    }
  }

  @Property
  void indexHoldersAndReferrersMatchAFullWalk(@ForAll("changes") List<Change> changes) {
    Schema schema = Schema.empty(Dialect.MYSQL);
    for (Change change : changes) {
      schema = change.applyTo(schema);
      for (String index : INDEXES) {
        ObjectPath path = ObjectPath.of("s", index);
        List<Table> holders = schema.allTables().stream()
            .filter(t -> t.indexes().stream().anyMatch(i -> i.path().equals(path))).toList();
        assertThat(schema.tablesWithIndex(path)).containsExactlyElementsOf(holders);
        assertThat(schema.index(path)).isEqualTo(holders.stream().flatMap(t -> t.indexes().stream())
            .filter(i -> i.path().equals(path)).findFirst());
      }
      for (String table : TABLES) {
        ObjectPath path = path(table);
        assertThat(schema.sequencesOwnedBy(path)).containsExactlyElementsOf(schema.sequences().values().stream()
            .filter(q -> q.ownedBy().orElseThrow().parent().equals(path)).toList());
        assertThat(schema.tablesReferencing(path)).containsExactlyElementsOf(schema.allTables().stream()
            .filter(t -> t.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(path))).toList());
      }
    }
  }

  @Property
  void aMovedTableKeepsItsPlace(@ForAll("changes") List<Change> changes) {
    Schema schema = Schema.empty(Dialect.POSTGRESQL);
    for (Change change : changes) {
      schema = change.applyTo(schema);
    }
    List<ObjectPath> order = List.copyOf(schema.tables().keySet());
    if (order.isEmpty()) {
      return;
    }
    ObjectPath moved = ObjectPath.of("s", "elsewhere");
    Schema after = schema.withTableMoved(order.get(0), Table.empty(moved, Optional.empty()));

    assertThat(after.tables().keySet().stream().findFirst()).contains(moved);
    assertThat(after.tables().keySet()).containsExactlyElementsOf(
        order.stream().map(p -> p.equals(order.get(0)) ? moved : p).toList());
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<String> tables = Arbitraries.of(TABLES);
    Arbitrary<List<String>> indexes = Arbitraries.of(INDEXES).list().ofMaxSize(2).uniqueElements();
    Arbitrary<List<String>> references = tables.list().ofMaxSize(2).uniqueElements();
    Arbitrary<Change> put = Combinators.combine(tables, indexes, references)
        .as((t, i, r) -> new Change("put", t, t, i, r));
    Arbitrary<Change> remove = tables.map(t -> new Change("remove", t, t, List.of(), List.of()));
    Arbitrary<Change> move = Combinators.combine(tables, tables, indexes, references)
        .as((t, to, i, r) -> new Change("move", t, to, i, r));
    Arbitrary<Change> sequence = Combinators.combine(tables, tables)
        .as((t, name) -> new Change("sequence", t, name, List.of(), List.of()));
    return Arbitraries.frequencyOf(Tuple.of(5, put), Tuple.of(2, remove), Tuple.of(2, move), Tuple.of(2, sequence))
        .list().ofMaxSize(30);
  }

  private static ObjectPath path(String table) {
    return ObjectPath.of("s", table);
  }
}
