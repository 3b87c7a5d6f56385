package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Everything a database (or a migration folder replayed, or an introspected server) defines: the root of the
 * model. Immutable; every {@code with...} returns a new schema and leaves this one as it was, so a replay can
 * keep the schema before and after each statement.
 *
 * <p>The maps are persistent: a {@code with...} shares everything but O(log n) of them with this schema instead of
 * copying them, so a replay of many statements against many tables stays linear. Their iteration order is
 * deterministic, that of a {@link java.util.LinkedHashMap} filled in the same order: an object added goes last,
 * one replaced keeps its place, one dropped and created again goes last, and a renamed table or trigger keeps its
 * place ({@link #withTableMoved}, {@link #withTriggerMoved}). Maps given to the constructor are copied in their
 * own iteration order.
 *
 * @param domains PostgreSQL and H2 domains ({@code CREATE DOMAIN})
 * @param namespaces the schema names (PostgreSQL {@code CREATE SCHEMA}); the dialect's default is always there
 */
public record Schema(Dialect dialect, Set<String> namespaces, Map<ObjectPath, Table> tables,
                     Map<ObjectPath, View> views, Map<ObjectPath, Sequence> sequences,
                     Map<ObjectPath, EnumType> enumTypes, Map<String, Routine> routines,
                     Map<ObjectPath, Trigger> triggers, Map<String, Extension> extensions,
                     Map<ObjectPath, DomainType> domains) {

  public Schema {
    requireNonNull(dialect, "no dialect given");
    namespaces = FrozenSet.copyOf(requireNonNull(namespaces, "no namespaces"));
    tables = IndexedMap.copyOf(requireNonNull(tables, "no tables given"), SchemaFacets.TABLE_FACETS);
    views = PersistentMap.copyOf(views);
    sequences = IndexedMap.copyOf(requireNonNull(sequences, "no sequences given"), SchemaFacets.SEQUENCE_FACETS);
    enumTypes = PersistentMap.copyOf(enumTypes);
    routines = PersistentMap.copyOf(routines);
    triggers = PersistentMap.copyOf(triggers);
    extensions = PersistentMap.copyOf(extensions);
    domains = PersistentMap.copyOf(domains);
  }

  public static Schema empty(Dialect dialect) {
    return new Schema(dialect, Set.of(dialect.defaultSchema()), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of(), Map.of(), Map.of());
  }

  /** The path of a table by name, in the given schema or the dialect's default one. */
  public ObjectPath tablePath(Optional<String> schemaName, String tableName) {
    return ObjectPath.of(schemaName.orElse(dialect.defaultSchema()), tableName);
  }

  public Optional<Table> table(ObjectPath path) {
    return Optional.ofNullable(tables.get(path));
  }

  public Collection<Table> allTables() {
    return tables.values();
  }

  /** Finds an index by its schema-qualified name, whichever table it is on (the first in table order). */
  public Optional<Index> index(ObjectPath path) {
    return tablesWithIndex(path).stream().flatMap(t -> t.indexes().stream()).filter(i -> i.path().equals(path))
        .findFirst();
  }

  /** How many index names the tables use (a name used on two tables, as MySQL allows, counts once); O(1). */
  public int indexNameCount() {
    return tableMap().distinct(SchemaFacets.INDEXES);
  }

  /**
   * The tables that have an index with this schema-qualified name, in table order: one at most where index names
   * are unique in a schema, more where they are unique per table only (MySQL).
   */
  public List<Table> tablesWithIndex(ObjectPath path) {
    return tableMap().having(SchemaFacets.INDEXES, path);
  }

  /** The tables with a foreign key to the table at the path (itself included if it refers to itself), in order. */
  public List<Table> tablesReferencing(ObjectPath table) {
    return tableMap().having(SchemaFacets.REFERENCED_TABLES, table);
  }

  /** The sequences that belong to a column of the table at the path (serial and identity columns), in order. */
  public List<Sequence> sequencesOwnedBy(ObjectPath table) {
    return sequenceMap().having(SchemaFacets.OWNING_TABLE, table);
  }

  public Schema withNamespace(String name) {
    Set<String> changed = new LinkedHashSet<>(namespaces);
    changed.add(name);
    return new Schema(dialect, FrozenSet.owning(changed), tables, views, sequences, enumTypes, routines, triggers,
        extensions, domains);
  }

  public Schema withoutNamespace(String name) {
    Set<String> changed = new LinkedHashSet<>(namespaces);
    changed.remove(name);
    return new Schema(dialect, FrozenSet.owning(changed), tables, views, sequences, enumTypes, routines, triggers,
        extensions, domains);
  }

  /** Adds the table or replaces the one with the same path, keeping its position. */
  public Schema withTable(Table table) {
    return new Schema(dialect, namespaces, tableMap().with(table.path(), table), views, sequences,
        enumTypes, routines, triggers, extensions, domains);
  }

  public Schema withoutTable(ObjectPath path) {
    return new Schema(dialect, namespaces, tableMap().without(path), views, sequences, enumTypes, routines,
        triggers, extensions, domains);
  }

  /**
   * Puts the table, renamed or moved to another schema, in the place of the one at {@code from}, as a database
   * keeps a renamed table's identity; a table already at the new path is replaced.
   */
  public Schema withTableMoved(ObjectPath from, Table moved) {
    return new Schema(dialect, namespaces, tableMap().moved(from, moved.path(), moved), views, sequences,
        enumTypes, routines, triggers, extensions, domains);
  }

  public Schema withView(View view) {
    return new Schema(dialect, namespaces, tables, put(views, view.path(), view), sequences, enumTypes, routines,
        triggers, extensions, domains);
  }

  public Schema withoutView(ObjectPath path) {
    return new Schema(dialect, namespaces, tables, remove(views, path), sequences, enumTypes, routines, triggers,
        extensions, domains);
  }

  public Schema withSequence(Sequence sequence) {
    return new Schema(dialect, namespaces, tables, views, sequenceMap().with(sequence.path(), sequence), enumTypes,
        routines, triggers, extensions, domains);
  }

  public Schema withoutSequence(ObjectPath path) {
    return new Schema(dialect, namespaces, tables, views, sequenceMap().without(path), enumTypes, routines, triggers,
        extensions, domains);
  }

  public Schema withEnumType(EnumType type) {
    return new Schema(dialect, namespaces, tables, views, sequences, put(enumTypes, type.path(), type), routines,
        triggers, extensions, domains);
  }

  public Schema withoutEnumType(ObjectPath path) {
    return new Schema(dialect, namespaces, tables, views, sequences, remove(enumTypes, path), routines, triggers,
        extensions, domains);
  }

  /** Functions are keyed by {@link Routine#signature()}, so overloads stay apart. */
  public Schema withRoutine(Routine routine) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes,
        put(routines, routine.signature(), routine), triggers, extensions, domains);
  }

  public Schema withoutRoutine(String signature) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes, remove(routines, signature),
        triggers, extensions, domains);
  }

  public Schema withTrigger(Trigger trigger) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes, routines,
        put(triggers, trigger.path(), trigger), extensions, domains);
  }

  /** As {@link #withTableMoved}: the trigger at {@code from} becomes {@code moved}, in the same place. */
  public Schema withTriggerMoved(ObjectPath from, Trigger moved) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes, routines,
        persistent(triggers).renamed(from, moved.path(), moved), extensions, domains);
  }

  public Schema withoutTrigger(ObjectPath path) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes, routines, remove(triggers, path),
        extensions, domains);
  }

  public Schema withExtension(Extension extension) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes, routines, triggers,
        put(extensions, extension.name(), extension), domains);
  }

  public Schema withoutExtension(String name) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes, routines, triggers,
        remove(extensions, name), domains);
  }

  public Schema withDomain(DomainType domain) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes, routines, triggers, extensions,
        put(domains, domain.path(), domain));
  }

  public Schema withoutDomain(ObjectPath path) {
    return new Schema(dialect, namespaces, tables, views, sequences, enumTypes, routines, triggers, extensions,
        remove(domains, path));
  }

  /** Applies the change to the table at the path; unchanged if there is none. */
  public Schema updateTable(ObjectPath path, UnaryOperator<Table> change) {
    return table(path).map(t -> withTable(change.apply(t))).orElse(this);
  }

  private static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
    return persistent(map).plus(key, value);
  }

  private static <K, V> Map<K, V> remove(Map<K, V> map, K key) {
    return persistent(map).minus(key);
  }

  /** The constructor made the tables and sequences maps indexed, and the others persistent. */
  private static <K, V> PersistentMap<K, V> persistent(Map<K, V> map) {
    return (PersistentMap<K, V>) map;
  }

  private IndexedMap<Table> tableMap() {
    return (IndexedMap<Table>) tables;
  }

  private IndexedMap<Sequence> sequenceMap() {
    return (IndexedMap<Sequence>) sequences;
  }
}
