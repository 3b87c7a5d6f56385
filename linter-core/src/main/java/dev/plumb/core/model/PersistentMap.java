package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * An immutable map in insertion order whose changes share all but O(log n) of their structure with the map they
 * came from, so that a replay can keep the schema before and after every statement at little cost.
 *
 * <p>Order is that of a {@link java.util.LinkedHashMap}: a new key goes last, a key given a new value keeps its
 * place, a removed and re-added key goes last. {@link #renamed} puts a value under a new key in the old key's
 * place. Each key holds a position that only grows; the values are kept in a tree sorted by position, so a new
 * value for a known key touches only that tree.
 */
final class PersistentMap<K, V> extends AbstractMap<K, V> {

  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(HashTreePMap.empty(), TreePMap.empty(), 0);

  private final PMap<K, Long> positions;
  private final PSortedMap<Long, Entry<K, V>> entries;
  private final long next;

  private PersistentMap(PMap<K, Long> positions, PSortedMap<Long, Entry<K, V>> entries, long next) {
    this.positions = positions;
    this.entries = entries;
    this.next = next;
  }

  @SuppressWarnings("unchecked")
  static <K, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  /** The map itself if it is one, else a persistent copy in its iteration order. */
  static <K, V> PersistentMap<K, V> copyOf(Map<K, V> map) {
    requireNonNull(map, "no map given");
    if (map instanceof PersistentMap<K, V> persistent) {
      return persistent;
    }
    PersistentMap<K, V> copy = empty();
    for (Entry<K, V> entry : map.entrySet()) {
      copy = copy.plus(entry.getKey(), entry.getValue());
    }
    return copy;
  }

  PersistentMap<K, V> plus(K key, V value) {
    Entry<K, V> entry = entry(key, value);
    Long at = positions.get(key);
    return at != null
        ? new PersistentMap<>(positions, entries.plus(at, entry), next)
        : new PersistentMap<>(positions.plus(key, next), entries.plus(next, entry), next + 1);
  }

  PersistentMap<K, V> minus(Object key) {
    Long at = positions.get(key);
    return at == null ? this : new PersistentMap<>(positions.minus(key), entries.minus(at), next);
  }

  /** Moves the value at {@code from} to {@code to}, in {@code from}'s place; one already at {@code to} goes. */
  PersistentMap<K, V> renamed(K from, K to, V value) {
    Long at = positions.get(from);
    if (at == null) {
      return plus(to, value);
    }
    PersistentMap<K, V> base = from.equals(to) ? this : minus(to);
    return new PersistentMap<>(base.positions.minus(from).plus(to, at), base.entries.plus(at, entry(to, value)),
        next);
  }

  /** Where the key stands in the order, comparable between maps derived from one another; null if absent. */
  Long position(Object key) {
    return positions.get(key);
  }

  @Override
  public V get(Object key) {
    Long at = positions.get(key);
    return at == null ? null : entries.get(at).getValue();
  }

  @Override
  public boolean containsKey(Object key) {
    return positions.containsKey(key);
  }

  @Override
  public int size() {
    return positions.size();
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<K, V>> iterator() {
        return Collections.unmodifiableCollection(entries.values()).iterator();
      }

      @Override
      public int size() {
        return entries.size();
      }
    };
  }

  private static <K, V> Entry<K, V> entry(K key, V value) {
    return new SimpleImmutableEntry<>(requireNonNull(key, "no key given"), requireNonNull(value, "no value given"));
  }
}
