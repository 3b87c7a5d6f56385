package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A UNIQUE constraint (as opposed to a unique index, which is an {@link Index}). */
public record UniqueConstraint(Optional<String> name, List<String> columns, Optional<SourceSpan> span) {

  public UniqueConstraint {
    requireNonNull(name, "name is Optional, not null");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(span, "span is Optional, not null");
  }
}
