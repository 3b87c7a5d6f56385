package dev.plumb.core.source.live;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A schema's tables and sequences with what legitimately differs between a replayed and an introspected schema
 * taken out, so the two compare with equals and a failure shows the difference:
 * <ul>
 *   <li>spans: a live object has none;</li>
 *   <li>a foreign key's referenced columns, which the replay leaves empty where the SQL did (REFERENCES t means
 *       t's primary key) and the catalog always names;</li>
 *   <li>the text of index expressions, predicates and checks: PostgreSQL prints them back with casts and
 *       parentheses of its own ({@code lower((email)::text)}), so only their words are compared;</li>
 *   <li>a sequence's start, increment and maximum, which the catalog always has and a serial column's replay
 *       does not.</li>
 * </ul>
 */
record ComparableSchema(Map<ObjectPath, Table> tables, Map<ObjectPath, Sequence> sequences) {

  static ComparableSchema of(Schema schema) {
    Map<ObjectPath, Table> tables = new TreeMap<>();
    schema.tables().values().forEach(t -> tables.put(t.path(), table(t, schema)));
    Map<ObjectPath, Sequence> sequences = new TreeMap<>();
    schema.sequences().values().forEach(s -> sequences.put(s.path(), new Sequence(s.path(), s.type(),
        Optional.empty(), Optional.empty(), Optional.empty(), s.ownedBy(), Optional.empty())));
    return new ComparableSchema(tables, sequences);
  }

  private static Table table(Table table, Schema schema) {
    List<Column> columns = table.columns().stream().map(c -> c.withSpan(Optional.empty())).toList();
    Optional<PrimaryKey> key = table.primaryKey().map(k -> new PrimaryKey(k.name(), k.columns(), Optional.empty()));
    List<UniqueConstraint> uniques = table.uniqueConstraints().stream()
        .map(u -> new UniqueConstraint(u.name(), u.columns(), Optional.empty())).toList();
    List<ForeignKey> foreignKeys = table.foreignKeys().stream().map(f -> foreignKey(f, schema)).toList();
    List<CheckConstraint> checks = table.checks().stream()
        .map(c -> new CheckConstraint(c.name(), words(c.expression()), c.valid(), Optional.empty())).toList();
    List<Index> indexes = table.indexes().stream().map(i -> new Index(i.path(), i.table(),
        i.keys().stream().map(k -> new IndexKey(k.expression() ? words(k.text()) : k.text(), k.expression(),
            k.descending())).toList(),
        i.unique(), i.predicate().map(ComparableSchema::words), i.method().filter(m -> !m.equals("btree")), i.valid(),
        Optional.empty())).toList();
    return new Table(table.path(), columns, key, uniques, foreignKeys, checks, indexes, table.comment(),
        Optional.empty());
  }

  private static ForeignKey foreignKey(ForeignKey key, Schema schema) {
    List<String> referenced = key.referencedColumns().isEmpty()
        ? schema.table(key.referencedTable()).flatMap(Table::primaryKey).map(PrimaryKey::columns).orElse(List.of())
        : key.referencedColumns();
    return new ForeignKey(key.name(), key.columns(), key.referencedTable(), referenced, key.onDelete(),
        key.onUpdate(), key.valid(), Optional.empty());
  }

  /** The expression's words: no casts, parentheses, blanks or case. */
  static String words(String expression) {
    return expression.replaceAll("::[a-z ]+(\\([0-9, ]*\\))?", "").replaceAll("[()\\s]+", " ").strip()
        .toLowerCase(java.util.Locale.ROOT);
  }
}
