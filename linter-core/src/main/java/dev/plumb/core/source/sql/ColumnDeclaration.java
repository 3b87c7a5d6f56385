package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * A column as declared, with the constraints written inline on it; they join the table's constraint lists
 * (and get their default names) when the column is added to a table.
 *
 * @param sequence the sequence a serial or identity column owns
 */
record ColumnDeclaration(Column column, Optional<PrimaryKey> primaryKey, List<UniqueConstraint> uniques,
                         List<ForeignKey> foreignKeys, List<CheckConstraint> checks, Optional<Sequence> sequence) {

  ColumnDeclaration {
    requireNonNull(column, "no column given");
    requireNonNull(primaryKey, "primaryKey is Optional, not null");
    uniques = List.copyOf(uniques);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    requireNonNull(sequence, "sequence is Optional, not null");
  }
}
