package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An index on a table.
 *
 * @param path schema-qualified index name ({@code public.users_email_idx})
 * @param predicate the WHERE of a partial index
 * @param method the access method where one was named ({@code btree}, {@code gin}, ...)
 * @param valid false for an index a failed {@code CREATE INDEX CONCURRENTLY} left behind
 */
public record Index(ObjectPath path, ObjectPath table, List<IndexKey> keys, boolean unique, Optional<String> predicate,
                    Optional<String> method, boolean valid, Optional<SourceSpan> span) {

  public Index {
    requireNonNull(path, "no index path given");
    requireNonNull(table, "no table given for index " + path);
    keys = List.copyOf(requireNonNull(keys, "no keys given"));
    requireNonNull(predicate, "predicate is Optional, not null");
    requireNonNull(method, "method is Optional, not null");
    requireNonNull(span, "span is Optional, not null");
  }

  public String name() {
    return path.name();
  }

  /** The plain column keys in order; empty entries where a key is an expression. */
  public List<String> columnNames() {
    return keys.stream().map(k -> k.expression() ? "" : k.text()).toList();
  }

  public Index withTable(ObjectPath newTable) {
    return new Index(path, newTable, keys, unique, predicate, method, valid, span);
  }

  public Index withKeys(List<IndexKey> newKeys) {
    return new Index(path, table, newKeys, unique, predicate, method, valid, span);
  }
}
