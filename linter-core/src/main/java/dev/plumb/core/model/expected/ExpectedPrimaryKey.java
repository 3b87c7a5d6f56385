package dev.plumb.core.model.expected;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import java.util.List;

/** The primary key columns the application expects, in order. */
public record ExpectedPrimaryKey(List<String> columns, SourceSpan span) {

  public ExpectedPrimaryKey {
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(span, "no span given");
  }
}
