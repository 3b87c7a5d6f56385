package dev.plumb.core.source.sql;

import dev.plumb.core.model.Column;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.Trigger;
import dev.plumb.core.model.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Renames and drops that reach beyond one table: the database tracks references by identity, so foreign keys,
 * owned sequences and triggers follow a renamed table or column, and go away with a dropped one.
 */
final class SchemaEdits {

  private SchemaEdits() {
  }

  static Schema renameTable(Schema schema, ObjectPath from, ObjectPath to) {
    Optional<Table> table = schema.table(from);
    if (table.isEmpty() || from.equals(to)) {
      return schema;
    }
    Map<ObjectPath, Table> tables = new LinkedHashMap<>();
    schema.tables().forEach((path, t) -> {
      Table moved = path.equals(from) ? t.withPath(to) : t;
      tables.put(moved.path(), moved.withForeignKeys(moved.foreignKeys().stream()
          .map(f -> f.referencedTable().equals(from) ? referencing(f, to, f.referencedColumns()) : f).toList()));
    });
    Map<ObjectPath, Trigger> triggers = new LinkedHashMap<>();
    schema.triggers().values().forEach(t -> {
      Trigger moved = t.table().equals(from)
          ? new Trigger(to.child(t.path().name()), to, t.timing(), t.events(), t.function(), t.span()) : t;
      triggers.put(moved.path(), moved);
    });
    Schema renamed = new Schema(schema.dialect(), schema.namespaces(), tables, schema.views(), schema.sequences(),
        schema.enumTypes(), schema.routines(), triggers, schema.extensions(), schema.domains());
    return mapSequences(renamed, s -> s.ownedBy().filter(o -> o.parent().equals(from)).isPresent()
        ? owned(s, to.child(s.ownedBy().get().name())) : s);
  }

  static Schema renameColumn(Schema schema, ObjectPath tablePath, String from, String to) {
    Optional<Table> found = schema.table(tablePath);
    if (found.isEmpty() || found.get().column(from).isEmpty()) {
      return schema;
    }
    UnaryOperator<List<String>> rename = columns -> columns.stream().map(c -> c.equals(from) ? to : c).toList();
    Table table = found.get();
    List<Column> columns = table.columns().stream()
        .map(c -> c.name().equals(from) ? c.withPath(tablePath.child(to)) : c).toList();
    Table renamed = table.withColumns(columns)
        .withPrimaryKey(table.primaryKey().map(k -> new PrimaryKey(k.name(), rename.apply(k.columns()), k.span())))
        .withUniqueConstraints(table.uniqueConstraints().stream()
            .map(u -> new UniqueConstraint(u.name(), rename.apply(u.columns()), u.span())).toList())
        .withForeignKeys(table.foreignKeys().stream()
            .map(f -> new ForeignKey(f.name(), rename.apply(f.columns()), f.referencedTable(), f.referencedColumns(),
                f.onDelete(), f.onUpdate(), f.valid(), f.span())).toList())
        .withIndexes(table.indexes().stream().map(i -> i.withKeys(i.keys().stream()
            .map(k -> !k.expression() && k.text().equals(from) ? new IndexKey(to, false, k.descending()) : k)
            .toList())).toList());
    Schema result = mapTables(schema.withTable(renamed), t -> t.withForeignKeys(t.foreignKeys().stream()
        .map(f -> f.referencedTable().equals(tablePath)
            ? referencing(f, tablePath, rename.apply(f.referencedColumns())) : f).toList()));
    ObjectPath old = tablePath.child(from);
    return mapSequences(result, s -> s.ownedBy().filter(old::equals).isPresent() ? owned(s, tablePath.child(to)) : s);
  }

  /** Drops the column and what the database drops with it: keys, indexes and checks on it, owned sequences. */
  static Schema dropColumn(Schema schema, ObjectPath tablePath, String column) {
    Optional<Table> found = schema.table(tablePath);
    if (found.isEmpty()) {
      return schema;
    }
    // Checks and expression keys are text: a whole-word mention of the column is taken as a use of it.
    Pattern mention = Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(column) + "\"?(?![\\w$])",
        Pattern.CASE_INSENSITIVE);
    Table table = found.get().withoutColumn(column);
    table = table
        .withPrimaryKey(table.primaryKey().filter(k -> !k.columns().contains(column)))
        .withUniqueConstraints(table.uniqueConstraints().stream().filter(u -> !u.columns().contains(column)).toList())
        .withForeignKeys(table.foreignKeys().stream().filter(f -> !f.columns().contains(column)).toList())
        .withChecks(table.checks().stream().filter(c -> !mention.matcher(c.expression()).find()).toList())
        .withIndexes(table.indexes().stream().filter(i -> !usesColumn(i, column, mention)).toList());
    Schema result = mapTables(schema.withTable(table), t -> t.withForeignKeys(t.foreignKeys().stream()
        .filter(f -> !(f.referencedTable().equals(tablePath) && f.referencedColumns().contains(column))).toList()));
    ObjectPath dropped = tablePath.child(column);
    return withoutSequences(result, s -> s.ownedBy().filter(dropped::equals).isPresent());
  }

  /** Drops the table with its owned sequences, its triggers and the foreign keys that point at it. */
  static Schema dropTable(Schema schema, ObjectPath tablePath) {
    if (schema.table(tablePath).isEmpty()) {
      return schema;
    }
    Schema result = mapTables(schema.withoutTable(tablePath), t -> t.withForeignKeys(
        t.foreignKeys().stream().filter(f -> !f.referencedTable().equals(tablePath)).toList()));
    for (Trigger trigger : schema.triggers().values()) {
      if (trigger.table().equals(tablePath)) {
        result = result.withoutTrigger(trigger.path());
      }
    }
    return withoutSequences(result, s -> s.ownedBy().filter(o -> o.parent().equals(tablePath)).isPresent());
  }

  /** DROP SCHEMA: it goes with everything in it (it was empty, or CASCADE took the rest). */
  static Schema dropNamespace(Schema schema, String namespace) {
    Predicate<ObjectPath> outside = path -> !path.parts().get(0).equals(namespace);
    Set<String> namespaces = new LinkedHashSet<>(schema.namespaces());
    namespaces.remove(namespace);
    return new Schema(schema.dialect(), namespaces, filtered(schema.tables(), outside), filtered(schema.views(), outside), filtered(schema.sequences(), outside),
        filtered(schema.enumTypes(), outside),
        schema.routines().entrySet().stream().filter(e -> outside.test(e.getValue().path()))
            .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll),
        filtered(schema.triggers(), outside), schema.extensions(), filtered(schema.domains(), outside));
  }

  private static <V> Map<ObjectPath, V> filtered(Map<ObjectPath, V> objects, Predicate<ObjectPath> keep) {
    Map<ObjectPath, V> kept = new LinkedHashMap<>();
    objects.forEach((path, value) -> {
      if (keep.test(path)) {
        kept.put(path, value);
      }
    });
    return kept;
  }

  static Schema mapTables(Schema schema, UnaryOperator<Table> change) {
    Map<ObjectPath, Table> tables = new LinkedHashMap<>();
    schema.tables().forEach((path, table) -> tables.put(path, change.apply(table)));
    return new Schema(schema.dialect(), schema.namespaces(), tables, schema.views(), schema.sequences(),
        schema.enumTypes(), schema.routines(), schema.triggers(), schema.extensions(), schema.domains());
  }

  private static boolean usesColumn(Index index, String column, Pattern mention) {
    boolean inKeys = index.keys().stream()
        .anyMatch(k -> k.expression() ? mention.matcher(k.text()).find() : k.text().equals(column));
    return inKeys || index.predicate().filter(p -> mention.matcher(p).find()).isPresent();
  }

  private static Schema mapSequences(Schema schema, UnaryOperator<Sequence> change) {
    Schema result = schema;
    for (Sequence sequence : schema.sequences().values()) {
      result = result.withSequence(change.apply(sequence));
    }
    return result;
  }

  private static Schema withoutSequences(Schema schema, Predicate<Sequence> dropped) {
    Schema result = schema;
    for (Sequence sequence : schema.sequences().values()) {
      if (dropped.test(sequence)) {
        result = result.withoutSequence(sequence.path());
      }
    }
    return result;
  }

  private static Sequence owned(Sequence sequence, ObjectPath column) {
    return new Sequence(sequence.path(), sequence.type(), sequence.start(), sequence.increment(),
        sequence.maxValue(), Optional.of(column), sequence.span());
  }

  private static ForeignKey referencing(ForeignKey key, ObjectPath table, List<String> columns) {
    return new ForeignKey(key.name(), key.columns(), table, columns, key.onDelete(), key.onUpdate(), key.valid(),
        key.span());
  }
}
