package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A view or materialized view.
 *
 * @param columns the column names where the definition lists them; empty where they come from the query
 * @param definition the query text
 */
public record View(ObjectPath path, List<String> columns, Optional<String> definition, boolean materialized,
                   Optional<String> comment, Optional<SourceSpan> span) {

  public View {
    requireNonNull(path, "no view path given");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(definition, "definition is Optional, not null");
    requireNonNull(comment, "comment is Optional, not null");
    requireNonNull(span, "span is Optional, not null");
  }

  public View withComment(Optional<String> newComment) {
    return new View(path, columns, definition, materialized, newComment, span);
  }
}
