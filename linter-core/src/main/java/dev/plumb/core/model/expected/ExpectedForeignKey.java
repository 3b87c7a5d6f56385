package dev.plumb.core.model.expected;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.ReferentialAction;
import dev.plumb.core.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/** A foreign key the application expects; actions only checked where given. */
public record ExpectedForeignKey(Optional<String> name, List<String> columns, ObjectPath referencedTable,
                                 List<String> referencedColumns, Optional<ReferentialAction> onDelete,
                                 Optional<ReferentialAction> onUpdate, SourceSpan span) {

  public ExpectedForeignKey {
    requireNonNull(name, "name is Optional, not null");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(referencedTable, "no referenced table given");
    referencedColumns = List.copyOf(requireNonNull(referencedColumns, "no referenced columns given"));
    requireNonNull(onDelete, "onDelete is Optional, not null");
    requireNonNull(onUpdate, "onUpdate is Optional, not null");
    requireNonNull(span, "no span given");
  }
}
