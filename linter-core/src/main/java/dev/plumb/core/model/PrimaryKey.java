package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A table's primary key; its columns are NOT NULL by definition. */
public record PrimaryKey(Optional<String> name, List<String> columns, Optional<SourceSpan> span) {

  public PrimaryKey {
    requireNonNull(name, "name is Optional, not null");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(span, "span is Optional, not null");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a primary key needs at least one column");
    }
  }
}
