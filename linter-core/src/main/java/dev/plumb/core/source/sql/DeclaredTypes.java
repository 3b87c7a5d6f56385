package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The user-defined types declared so far, of every sort: the schema keeps only enum types, but a column may just
 * as well be of a domain, composite or range type. Immutable; the replay carries it along beside the schema.
 */
final class DeclaredTypes {

  static final DeclaredTypes NONE = new DeclaredTypes(Set.of());

  private final Set<ObjectPath> types;

  private DeclaredTypes(Set<ObjectPath> types) {
    this.types = types;
  }

  /** The types after a statement that created and dropped the types in its events; this one if it touched none. */
  DeclaredTypes after(List<ReplayEvent> events) {
    Set<ObjectPath> changed = null;
    for (ReplayEvent event : events) {
      if (event.kind() != ObjectKind.TYPE || event instanceof ReplayEvent.UnresolvedReference
          || event instanceof ReplayEvent.Changed) {
        continue;
      }
      changed = changed == null ? new HashSet<>(types) : changed;
      if (event instanceof ReplayEvent.Created) {
        changed.add(event.path());
      } else {
        changed.remove(event.path());
      }
    }
    return changed == null ? this : new DeclaredTypes(Set.copyOf(changed));
  }

  /** Whether a type of this path exists: declared here, or an enum type of the schema. */
  boolean exists(ObjectPath path, Schema schema) {
    return types.contains(path) || schema.enumTypes().containsKey(path) || schema.domains().containsKey(path);
  }

  /** Whether a type of this name exists in any schema, for a name written without one (search_path decides). */
  boolean existsAnywhere(String name, Schema schema) {
    return types.stream().anyMatch(t -> t.name().equals(name))
        || schema.enumTypes().keySet().stream().anyMatch(t -> t.name().equals(name))
        || schema.domains().keySet().stream().anyMatch(t -> t.name().equals(name));
  }
}
