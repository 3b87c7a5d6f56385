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
    UnaryOperator<Table> retargeted = t -> withForeignKeys(t, t.foreignKeys().stream()
        .map(f -> f.referencedTable().equals(from) ? referencing(f, to, f.referencedColumns()) : f).toList());
    Schema result = schema.withTableMoved(from, retargeted.apply(table.get().withPath(to)));
    for (Table referring : schema.tablesReferencing(from)) {
      if (!referring.path().equals(from)) {
        result = result.updateTable(referring.path(), retargeted);
      }
    }
    for (Trigger trigger : schema.triggers().values()) {
      if (trigger.table().equals(from)) {
        result = result.withTriggerMoved(trigger.path(), new Trigger(to.child(trigger.path().name()), to,
            trigger.timing(), trigger.events(), trigger.function(), trigger.span()));
      }
    }
    for (Sequence sequence : schema.sequencesOwnedBy(from)) {
      result = result.withSequence(owned(sequence, to.child(sequence.ownedBy().orElseThrow().name())));
    }
    return result;
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
    Schema result = referringTables(schema.withTable(renamed), tablePath, t -> withForeignKeys(t,
        t.foreignKeys().stream().map(f -> f.referencedTable().equals(tablePath)
            ? referencing(f, tablePath, rename.apply(f.referencedColumns())) : f).toList()));
    ObjectPath old = tablePath.child(from);
    for (Sequence sequence : schema.sequencesOwnedBy(tablePath)) {
      if (sequence.ownedBy().filter(old::equals).isPresent()) {
        result = result.withSequence(owned(sequence, tablePath.child(to)));
      }
    }
    return result;
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
    Schema result = referringTables(schema.withTable(table), tablePath, t -> withForeignKeys(t, t.foreignKeys()
        .stream().filter(f -> !(f.referencedTable().equals(tablePath) && f.referencedColumns().contains(column)))
        .toList()));
    ObjectPath dropped = tablePath.child(column);
    return withoutSequences(result, tablePath, s -> s.ownedBy().filter(dropped::equals).isPresent());
  }

  /** Drops the table with its owned sequences, its triggers and the foreign keys that point at it. */
  static Schema dropTable(Schema schema, ObjectPath tablePath) {
    if (schema.table(tablePath).isEmpty()) {
      return schema;
    }
    Schema result = referringTables(schema.withoutTable(tablePath), tablePath, t -> withForeignKeys(t,
        t.foreignKeys().stream().filter(f -> !f.referencedTable().equals(tablePath)).toList()));
    for (Trigger trigger : schema.triggers().values()) {
      if (trigger.table().equals(tablePath)) {
        result = result.withoutTrigger(trigger.path());
      }
    }
    return withoutSequences(result, tablePath, s -> true);
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

  /** Applies the change to every table; only the tables it changes are replaced. */
  static Schema mapTables(Schema schema, UnaryOperator<Table> change) {
    Schema result = schema;
    for (Table table : schema.allTables()) {
      Table changed = change.apply(table);
      if (!changed.equals(table)) {
        result = result.withTable(changed);
      }
    }
    return result;
  }

  /** Applies the change to the tables with a foreign key to {@code referenced}. */
  private static Schema referringTables(Schema schema, ObjectPath referenced, UnaryOperator<Table> change) {
    Schema result = schema;
    for (Table table : schema.tablesReferencing(referenced)) {
      Table changed = change.apply(table);
      if (changed != table) {
        result = result.withTable(changed);
      }
    }
    return result;
  }

  /** The table with these foreign keys; the same table if they are the ones it has. */
  private static Table withForeignKeys(Table table, List<ForeignKey> keys) {
    return keys.equals(table.foreignKeys()) ? table : table.withForeignKeys(keys);
  }

  private static boolean usesColumn(Index index, String column, Pattern mention) {
    boolean inKeys = index.keys().stream()
        .anyMatch(k -> k.expression() ? mention.matcher(k.text()).find() : k.text().equals(column));
    return inKeys || index.predicate().filter(p -> mention.matcher(p).find()).isPresent();
  }

  /** Drops the sequences owned by columns of the table that the predicate picks. */
  private static Schema withoutSequences(Schema schema, ObjectPath table, Predicate<Sequence> dropped) {
    Schema result = schema;
    for (Sequence sequence : schema.sequencesOwnedBy(table)) {
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
