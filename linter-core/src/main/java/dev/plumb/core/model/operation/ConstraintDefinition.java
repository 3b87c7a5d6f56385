package dev.plumb.core.model.operation;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A table constraint as written in CREATE TABLE or ALTER TABLE ... ADD.
 *
 * @param columns the constrained columns (for a foreign key, the referencing ones), empty for CHECK
 * @param referencedTable for a foreign key, the table it references
 * @param notValid written with {@code NOT VALID} (PostgreSQL): existing rows are not checked
 * @param usingIndex for {@code ... USING INDEX name}, the existing index it takes over
 * @param expression the CHECK expression as written
 * @param span the whole constraint, from CONSTRAINT (or the kind's keyword) to its last token; a fix that adds
 *     {@code NOT VALID} inserts after it
 */
public record ConstraintDefinition(Optional<String> name, ConstraintKind kind, List<String> columns,
                                   Optional<ObjectPath> referencedTable, List<String> referencedColumns,
                                   boolean notValid, Optional<String> usingIndex, Optional<String> expression,
                                   SourceSpan span) {

  public ConstraintDefinition {
    requireNonNull(name, "name is Optional, not null");
    requireNonNull(kind, "no kind given");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(referencedTable, "referencedTable is Optional, not null");
    referencedColumns = List.copyOf(requireNonNull(referencedColumns, "no referenced columns given"));
    requireNonNull(usingIndex, "usingIndex is Optional, not null");
    requireNonNull(expression, "expression is Optional, not null");
    requireNonNull(span, "no span given");
  }
}
