package dev.plumb.core.model.expected;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * The primary key columns the application expects, in order.
 *
 * @param name the constraint name, only checked where the YAML gives one
 */
public record ExpectedPrimaryKey(Optional<String> name, List<String> columns, SourceSpan span) {

  public ExpectedPrimaryKey {
    requireNonNull(name, "name is Optional, not null");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(span, "no span given");
  }

  /** A primary key whose name is not checked. */
  public ExpectedPrimaryKey(List<String> columns, SourceSpan span) {
    this(Optional.empty(), columns, span);
  }
}
