package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A table with its columns (in declaration order), keys, constraints and indexes. */
public record Table(ObjectPath path, List<Column> columns, Optional<PrimaryKey> primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys,
                    List<CheckConstraint> checks, List<Index> indexes, Optional<String> comment,
                    Optional<SourceSpan> span) {

  public Table {
    requireNonNull(path, "no table path given");
    columns = List.copyOf(requireNonNull(columns, "no columns given"));
    requireNonNull(primaryKey, "primaryKey is Optional, not null");
    uniqueConstraints = List.copyOf(requireNonNull(uniqueConstraints, "no unique constraints given"));
    foreignKeys = List.copyOf(requireNonNull(foreignKeys, "no foreign keys given"));
    checks = List.copyOf(requireNonNull(checks, "no checks given"));
    indexes = List.copyOf(requireNonNull(indexes, "no indexes given"));
    requireNonNull(comment, "comment is Optional, not null");
    requireNonNull(span, "span is Optional, not null");
  }

  public static Table empty(ObjectPath path, Optional<SourceSpan> span) {
    return new Table(path, List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
        span);
  }

  public String name() {
    return path.name();
  }

  public String schema() {
    return path.parent().name();
  }

  public Optional<Column> column(String name) {
    // A plain loop: the replay asks this for nearly every statement, and a stream costs more than the search.
    for (Column column : columns) {
      if (column.name().equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  public Optional<Index> index(String name) {
    return indexes.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  public Table withPath(ObjectPath newPath) {
    List<Column> moved = columns.stream().map(c -> c.withPath(newPath.child(c.name()))).toList();
    // An index lives in its table's schema and moves with it (ALTER TABLE ... SET SCHEMA).
    List<Index> reattached = indexes.stream().map(i -> new Index(newPath.parent().child(i.name()), newPath, i.keys(),
        i.unique(), i.predicate(), i.method(), i.valid(), i.span())).toList();
    return new Table(newPath, moved, primaryKey, uniqueConstraints, foreignKeys, checks, reattached, comment, span);
  }

  public Table withColumns(List<Column> newColumns) {
    return new Table(path, newColumns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, comment, span);
  }

  /** Adds the column, or replaces the one of the same name in place. */
  public Table withColumn(Column column) {
    List<Column> changed = new ArrayList<>(columns);
    int at = indexOfColumn(column.name());
    if (at >= 0) {
      changed.set(at, column);
    } else {
      changed.add(column);
    }
    return withColumns(changed);
  }

  public Table withoutColumn(String name) {
    return withColumns(columns.stream().filter(c -> !c.name().equals(name)).toList());
  }

  /** Applies the change to the named column; the table is returned unchanged if it has no such column. */
  public Table updateColumn(String name, UnaryOperator<Column> change) {
    return column(name).map(c -> withColumn(change.apply(c))).orElse(this);
  }

  public Table withPrimaryKey(Optional<PrimaryKey> newKey) {
    return new Table(path, columns, newKey, uniqueConstraints, foreignKeys, checks, indexes, comment, span);
  }

  public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
    return new Table(path, columns, primaryKey, newUniques, foreignKeys, checks, indexes, comment, span);
  }

  public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
    return new Table(path, columns, primaryKey, uniqueConstraints, newForeignKeys, checks, indexes, comment, span);
  }

  public Table withChecks(List<CheckConstraint> newChecks) {
    return new Table(path, columns, primaryKey, uniqueConstraints, foreignKeys, newChecks, indexes, comment, span);
  }

  public Table withIndexes(List<Index> newIndexes) {
    return new Table(path, columns, primaryKey, uniqueConstraints, foreignKeys, checks, newIndexes, comment, span);
  }

  public Table withComment(Optional<String> newComment) {
    return new Table(path, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, newComment, span);
  }

  private int indexOfColumn(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
