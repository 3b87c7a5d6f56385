package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The dotted name of a database object, from the schema down: {@code public.users.email}.
 * Parts are stored as the database would store them (already case-folded for the dialect).
 * An empty first part stands for "the default schema" of dialects that have none by name (MySQL).
 */
public record ObjectPath(List<String> parts) implements Comparable<ObjectPath> {

  public ObjectPath {
    requireNonNull(parts, "no parts given");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("an object path needs at least one part");
    }
    parts = List.copyOf(parts);
  }

  public static ObjectPath of(String... parts) {
    return new ObjectPath(List.of(parts));
  }

  public ObjectPath child(String name) {
    List<String> longer = new ArrayList<>(parts);
    longer.add(requireNonNull(name, "no name given"));
    return new ObjectPath(longer);
  }

  /** The last part: the object's own name. */
  public String name() {
    return parts.get(parts.size() - 1);
  }

  /** The path without its last part, or this path if it has only one. */
  public ObjectPath parent() {
    return parts.size() == 1 ? this : new ObjectPath(parts.subList(0, parts.size() - 1));
  }

  public int depth() {
    return parts.size();
  }

  /** Part by part, a shorter path first; unlike the dotted text, this tells {@code "a.b".c} from {@code a."b.c"}. */
  @Override
  public int compareTo(ObjectPath other) {
    for (int i = 0; i < Math.min(parts.size(), other.parts.size()); i++) {
      int compared = parts.get(i).compareTo(other.parts.get(i));
      if (compared != 0) {
        return compared;
      }
    }
    return Integer.compare(parts.size(), other.parts.size());
  }

  /** Dotted form; an empty default-schema part is left out. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(part);
    }
    return out.toString();
  }
}
