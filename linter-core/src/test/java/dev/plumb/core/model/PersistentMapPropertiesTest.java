package dev.plumb.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** A persistent map behaves as a LinkedHashMap copied before every change, including its order. */
class PersistentMapPropertiesTest {

  /** One change: put when {@code from} is null, remove when {@code value} is null, else rename. */
  record Change(String from, String key, Integer value) {

    Map<String, Integer> applyTo(Map<String, Integer> expected) {
      Map<String, Integer> result = new LinkedHashMap<>();
      if (from == null) {
        result.putAll(expected);
        result.put(key, value);
      } else if (value == null) {
        result.putAll(expected);
        result.remove(key);
      } else if (!expected.containsKey(from)) {
        result.putAll(expected);
        result.put(key, value);
      } else {
        expected.forEach((k, v) -> {
          if (k.equals(from)) {
            result.put(key, value);
          } else if (!k.equals(key)) {
            result.put(k, v);
          }
        });
      }
      return result;
    }

    PersistentMap<String, Integer> applyTo(PersistentMap<String, Integer> map) {
      return from == null ? map.plus(key, value) : value == null ? map.minus(key) : map.renamed(from, key, value);
    }
  }

  @Property
  void everyVersionHoldsWhatALinkedHashMapWouldInTheSameOrder(@ForAll("changes") List<Change> changes) {
    List<PersistentMap<String, Integer>> versions = new ArrayList<>();
    List<Map<String, Integer>> expected = new ArrayList<>();
    PersistentMap<String, Integer> map = PersistentMap.empty();
    Map<String, Integer> model = new LinkedHashMap<>();
    for (Change change : changes) {
      map = change.applyTo(map);
      model = change.applyTo(model);
      versions.add(map);
      expected.add(model);
    }
    for (int k = 0; k < versions.size(); k++) {
      PersistentMap<String, Integer> version = versions.get(k);
      Map<String, Integer> wanted = expected.get(k);
      assertThat(version.entrySet()).containsExactlyElementsOf(wanted.entrySet());
      assertThat(version).isEqualTo(wanted).hasSameHashCodeAs(wanted).hasSize(wanted.size());
      wanted.forEach((key, value) -> assertThat(version.get(key)).isEqualTo(value));
      assertThat(version.get("absent")).isNull();
      assertThat(version.containsKey("absent")).isFalse();
    }
  }

  @Property
  void copyingKeepsTheOrderAndPassesAPersistentMapThrough(@ForAll("changes") List<Change> changes) {
    Map<String, Integer> model = new LinkedHashMap<>();
    for (Change change : changes) {
      model = change.applyTo(model);
    }
    PersistentMap<String, Integer> copy = PersistentMap.copyOf(model);

    assertThat(copy.keySet()).containsExactlyElementsOf(model.keySet());
    assertThat(PersistentMap.copyOf(copy)).isSameAs(copy);
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<String> keys = Arbitraries.of("a", "b", "c", "d", "e", "f");
    Arbitrary<Integer> values = Arbitraries.integers().between(0, 9);
    Arbitrary<Change> put = Combinators.combine(keys, values).as((k, v) -> new Change(null, k, v));
    Arbitrary<Change> remove = keys.map(k -> new Change("-", k, null));
    Arbitrary<Change> rename = Combinators.combine(keys, keys, values).as(Change::new);
    return Arbitraries.frequencyOf(Tuple.of(6, put), Tuple.of(2, remove), Tuple.of(2, rename)).list().ofMaxSize(40);
  }
}
