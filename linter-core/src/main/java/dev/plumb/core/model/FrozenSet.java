package dev.plumb.core.model;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/** A read-only set nobody else holds, so that a schema passes its namespaces on to the next without a copy. */
final class FrozenSet extends AbstractSet<String> {

  private final Set<String> owned;

  private FrozenSet(Set<String> owned) {
    this.owned = owned;
  }

  static Set<String> copyOf(Set<String> names) {
    return names instanceof FrozenSet ? names : new FrozenSet(new LinkedHashSet<>(names));
  }

  /** Takes a set the caller made and will not touch again. */
  static Set<String> owning(Set<String> names) {
    return new FrozenSet(names);
  }

  @Override
  public Iterator<String> iterator() {
    return Collections.unmodifiableSet(owned).iterator();
  }

  @Override
  public boolean contains(Object name) {
    return owned.contains(name);
  }

  @Override
  public int size() {
    return owned.size();
  }
}
