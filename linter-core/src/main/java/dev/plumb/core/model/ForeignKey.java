package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A foreign key from columns of its table to columns of a referenced table.
 *
 * @param referencedColumns empty where the SQL left them out (they are then the referenced table's primary key)
 * @param valid false while a constraint added NOT VALID has not been validated
 */
public record ForeignKey(Optional<String> name, List<String> columns, ObjectPath referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate,
                         boolean valid, Optional<SourceSpan> span) {

  public ForeignKey {
    requireNonNull(name, "name is Optional, not null");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(referencedTable, "no referenced table given");
    referencedColumns = List.copyOf(requireNonNull(referencedColumns, "no referenced columns given"));
    requireNonNull(onDelete, "no ON DELETE action given");
    requireNonNull(onUpdate, "no ON UPDATE action given");
    requireNonNull(span, "span is Optional, not null");
  }
}
