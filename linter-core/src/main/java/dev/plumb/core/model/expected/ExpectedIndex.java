package dev.plumb.core.model.expected;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * An index the application expects: on these columns in this order; name and uniqueness only where given.
 */
public record ExpectedIndex(Optional<String> name, List<String> columns, Optional<Boolean> unique, SourceSpan span) {

  public ExpectedIndex {
    requireNonNull(name, "name is Optional, not null");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(unique, "unique is Optional, not null");
    requireNonNull(span, "no span given");
  }
}
