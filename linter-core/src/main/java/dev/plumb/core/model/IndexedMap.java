package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * A {@link PersistentMap} of schema objects by path that also answers "which objects have this facet?" without
 * visiting every object: which tables hold an index of a given name, which tables have a foreign key to a given
 * table, which sequences belong to a given table. Answers come in map order. Each change updates the facets of
 * the one object changed, at O(log n) per facet value.
 */
final class IndexedMap<V> extends AbstractMap<ObjectPath, V> {

  /** Something an object is looked up by besides its path; an object may have several values of it. */
  record Facet<V>(String name, Function<V, Set<ObjectPath>> values, Function<V, Object> source) {

    /** Facet values are computed only when {@code source} (compared by identity) changed between two versions. */
    Facet {
      requireNonNull(name, "no facet name given");
      requireNonNull(values, "no facet values given");
      requireNonNull(source, "no facet source given");
    }
  }

  private final PersistentMap<ObjectPath, V> objects;
  private final List<Facet<V>> facets;
  /** Per facet: facet value to the paths of the objects having it, keyed by their position in the map. */
  private final List<PMap<ObjectPath, PSortedMap<Long, ObjectPath>>> postings;

  private IndexedMap(PersistentMap<ObjectPath, V> objects, List<Facet<V>> facets,
                     List<PMap<ObjectPath, PSortedMap<Long, ObjectPath>>> postings) {
    this.objects = objects;
    this.facets = facets;
    this.postings = postings;
  }

  /** The map itself if it is one with these facets, else a copy in its iteration order. */
  static <V> IndexedMap<V> copyOf(Map<ObjectPath, V> map, List<Facet<V>> facets) {
    requireNonNull(map, "no map given");
    if (map instanceof IndexedMap<V> indexed && indexed.facets.equals(facets)) {
      return indexed;
    }
    List<PMap<ObjectPath, PSortedMap<Long, ObjectPath>>> none = new ArrayList<>();
    facets.forEach(f -> none.add(HashTreePMap.empty()));
    IndexedMap<V> copy = new IndexedMap<>(PersistentMap.empty(), List.copyOf(facets), List.copyOf(none));
    for (Entry<ObjectPath, V> entry : map.entrySet()) {
      copy = copy.with(entry.getKey(), entry.getValue());
    }
    return copy;
  }

  IndexedMap<V> with(ObjectPath key, V value) {
    V old = objects.get(key);
    PersistentMap<ObjectPath, V> changed = objects.plus(key, value);
    long position = changed.position(key);
    List<PMap<ObjectPath, PSortedMap<Long, ObjectPath>>> updated = new ArrayList<>(postings);
    for (int k = 0; k < facets.size(); k++) {
      Facet<V> facet = facets.get(k);
      if (old == null || facet.source().apply(old) != facet.source().apply(value)) {
        updated.set(k, update(postings.get(k), values(facet, old), values(facet, value), position, key));
      }
    }
    return new IndexedMap<>(changed, facets, List.copyOf(updated));
  }

  IndexedMap<V> without(ObjectPath key) {
    V old = objects.get(key);
    if (old == null) {
      return this;
    }
    long position = objects.position(key);
    List<PMap<ObjectPath, PSortedMap<Long, ObjectPath>>> updated = new ArrayList<>(postings);
    for (int k = 0; k < facets.size(); k++) {
      updated.set(k, update(postings.get(k), values(facets.get(k), old), Set.of(), position, key));
    }
    return new IndexedMap<>(objects.minus(key), facets, List.copyOf(updated));
  }

  /** The object at {@code from} replaced by one at {@code to}, in the same place; one already at {@code to} goes. */
  IndexedMap<V> moved(ObjectPath from, ObjectPath to, V value) {
    if (from.equals(to) || !objects.containsKey(from)) {
      return with(to, value);
    }
    IndexedMap<V> base = without(to);
    V old = base.objects.get(from);
    long position = base.objects.position(from);
    List<PMap<ObjectPath, PSortedMap<Long, ObjectPath>>> updated = new ArrayList<>(base.postings);
    for (int k = 0; k < facets.size(); k++) {
      Facet<V> facet = facets.get(k);
      PMap<ObjectPath, PSortedMap<Long, ObjectPath>> gone = update(base.postings.get(k), values(facet, old), Set.of(),
          position, from);
      updated.set(k, update(gone, Set.of(), values(facet, value), position, to));
    }
    return new IndexedMap<>(base.objects.renamed(from, to, value), facets, List.copyOf(updated));
  }

  /** How many distinct values of the facet the objects have, in O(1). */
  int distinct(Facet<V> facet) {
    int k = facets.indexOf(facet);
    if (k < 0) {
      throw new IllegalArgumentException("this map keeps no facet " + facet.name());
    }
    return postings.get(k).size();
  }

  /** The objects having this value of the facet, in map order. */
  List<V> having(Facet<V> facet, ObjectPath value) {
    int k = facets.indexOf(facet);
    if (k < 0) {
      throw new IllegalArgumentException("this map keeps no facet " + facet.name());
    }
    PSortedMap<Long, ObjectPath> paths = postings.get(k).get(value);
    if (paths == null) {
      return List.of();
    }
    List<V> found = new ArrayList<>(paths.size());
    for (ObjectPath path : paths.values()) {
      found.add(objects.get(path));
    }
    return List.copyOf(found);
  }

  @Override
  public V get(Object key) {
    return objects.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return objects.containsKey(key);
  }

  @Override
  public int size() {
    return objects.size();
  }

  @Override
  public Set<Entry<ObjectPath, V>> entrySet() {
    return objects.entrySet();
  }

  private static <V> Set<ObjectPath> values(Facet<V> facet, V object) {
    return object == null ? Set.of() : facet.values().apply(object);
  }

  private static PMap<ObjectPath, PSortedMap<Long, ObjectPath>> update(
      PMap<ObjectPath, PSortedMap<Long, ObjectPath>> postings, Set<ObjectPath> before, Set<ObjectPath> after,
      long position, ObjectPath object) {
    PMap<ObjectPath, PSortedMap<Long, ObjectPath>> result = postings;
    for (ObjectPath value : before) {
      if (!after.contains(value)) {
        PSortedMap<Long, ObjectPath> rest = result.get(value).minus(position);
        result = rest.isEmpty() ? result.minus(value) : result.plus(value, rest);
      }
    }
    for (ObjectPath value : after) {
      if (!before.contains(value)) {
        PSortedMap<Long, ObjectPath> holders = result.get(value);
        result = result.plus(value, (holders == null ? TreePMap.<Long, ObjectPath>empty() : holders)
            .plus(position, object));
      }
    }
    return result;
  }
}
