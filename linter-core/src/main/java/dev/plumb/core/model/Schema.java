package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Everything a database (or a migration folder replayed, or an introspected server) defines: the root of the
 * model. Immutable; every {@code with...} returns a new schema and leaves this one as it was, so a replay can
 * keep the schema before and after each statement.
 *
 * @param namespaces the schema names (PostgreSQL {@code CREATE SCHEMA}); the dialect's default is always there
 * @param domains PostgreSQL and H2 domains ({@code CREATE DOMAIN})
 */
public record Schema(Dialect dialect, Set<String> namespaces, Map<ObjectPath, Table> tables,
                     Map<ObjectPath, View> views, Map<ObjectPath, Sequence> sequences,
                     Map<ObjectPath, EnumType> enumTypes, Map<String, Routine> routines,
                     Map<ObjectPath, Trigger> triggers, Map<String, Extension> extensions,
                     Map<ObjectPath, DomainType> domains) {

  public Schema {
    requireNonNull(dialect, "no dialect given");
    namespaces = Collections.unmodifiableSet(new LinkedHashSet<>(requireNonNull(namespaces, "no namespaces")));
    tables = frozen(tables);
    views = frozen(views);
    sequences = frozen(sequences);
    enumTypes = frozen(enumTypes);
    routines = frozen(routines);
    triggers = frozen(triggers);
    extensions = frozen(extensions);
    domains = frozen(domains);
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

  /** Finds an index by its schema-qualified name, whichever table it is on. */
  public Optional<Index> index(ObjectPath path) {
    return tables.values().stream().flatMap(t -> t.indexes().stream()).filter(i -> i.path().equals(path)).findFirst();
  }

  public Schema withNamespace(String name) {
    Set<String> changed = new LinkedHashSet<>(namespaces);
    changed.add(name);
    return new Schema(dialect, changed, tables, views, sequences, enumTypes, routines, triggers, extensions, domains);
  }

  public Schema withoutNamespace(String name) {
    Set<String> changed = new LinkedHashSet<>(namespaces);
    changed.remove(name);
    return new Schema(dialect, changed, tables, views, sequences, enumTypes, routines, triggers, extensions, domains);
  }

  /** Adds the table or replaces the one with the same path, keeping its position. */
  public Schema withTable(Table table) {
    return new Schema(dialect, namespaces, put(tables, table.path(), table), views, sequences, enumTypes, routines,
        triggers, extensions, domains);
  }

  public Schema withoutTable(ObjectPath path) {
    return new Schema(dialect, namespaces, remove(tables, path), views, sequences, enumTypes, routines, triggers,
        extensions, domains);
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
    return new Schema(dialect, namespaces, tables, views, put(sequences, sequence.path(), sequence), enumTypes,
        routines, triggers, extensions, domains);
  }

  public Schema withoutSequence(ObjectPath path) {
    return new Schema(dialect, namespaces, tables, views, remove(sequences, path), enumTypes, routines, triggers,
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

  /**
   * A read-only copy; a map this class made itself is already one and passes through, so that each {@code with}
   * copies only the map it changes (a replay makes one schema per statement).
   */
  private static <K, V> Map<K, V> frozen(Map<K, V> map) {
    requireNonNull(map, "no map given");
    return map instanceof FrozenMap<K, V> ? map : new FrozenMap<>(new LinkedHashMap<>(map));
  }

  private static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
    Map<K, V> changed = new LinkedHashMap<>(map);
    changed.put(key, value);
    return new FrozenMap<>(changed);
  }

  private static <K, V> Map<K, V> remove(Map<K, V> map, K key) {
    Map<K, V> changed = new LinkedHashMap<>(map);
    changed.remove(key);
    return new FrozenMap<>(changed);
  }

  /** An unmodifiable view of a map nobody else holds, which makes it immutable. */
  private static final class FrozenMap<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> owned;
    private final Map<K, V> view;

    FrozenMap(Map<K, V> owned) {
      this.owned = owned;
      this.view = Collections.unmodifiableMap(owned);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return view.entrySet();
    }

    @Override
    public V get(Object key) {
      return owned.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return owned.containsKey(key);
    }

    @Override
    public int size() {
      return owned.size();
    }
  }
}
