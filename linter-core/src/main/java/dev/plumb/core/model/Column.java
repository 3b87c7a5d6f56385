package dev.plumb.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A table column.
 *
 * @param defaultExpression the DEFAULT as SQL text, as written (serial columns get {@code nextval('...')})
 * @param generationExpression the expression of a generated (computed) column
 */
public record Column(ObjectPath path, DataType type, boolean nullable, Optional<String> defaultExpression,
                     ColumnGeneration generation, Optional<String> generationExpression, Optional<String> comment,
                     Optional<SourceSpan> span) {

  public Column {
    requireNonNull(path, "no path given");
    requireNonNull(type, "no type given for column " + path);
    requireNonNull(defaultExpression, "defaultExpression is Optional, not null");
    requireNonNull(generation, "no generation given");
    requireNonNull(generationExpression, "generationExpression is Optional, not null");
    requireNonNull(comment, "comment is Optional, not null");
    requireNonNull(span, "span is Optional, not null");
  }

  public static Column of(ObjectPath path, DataType type, boolean nullable) {
    return new Column(path, type, nullable, Optional.empty(), ColumnGeneration.NONE, Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  public String name() {
    return path.name();
  }

  /** Whether an INSERT that leaves the column out gets a value from the database. */
  public boolean hasDefault() {
    return defaultExpression.isPresent() || generation != ColumnGeneration.NONE;
  }

  public Column withPath(ObjectPath newPath) {
    return new Column(newPath, type, nullable, defaultExpression, generation, generationExpression, comment, span);
  }

  public Column withType(DataType newType) {
    return new Column(path, newType, nullable, defaultExpression, generation, generationExpression, comment, span);
  }

  public Column withNullable(boolean newNullable) {
    return new Column(path, type, newNullable, defaultExpression, generation, generationExpression, comment, span);
  }

  public Column withDefault(Optional<String> newDefault) {
    return new Column(path, type, nullable, newDefault, generation, generationExpression, comment, span);
  }

  public Column withGeneration(ColumnGeneration newGeneration, Optional<String> expression) {
    return new Column(path, type, nullable, defaultExpression, newGeneration, expression, comment, span);
  }

  public Column withComment(Optional<String> newComment) {
    return new Column(path, type, nullable, defaultExpression, generation, generationExpression, newComment, span);
  }

  public Column withSpan(Optional<SourceSpan> newSpan) {
    return new Column(path, type, nullable, defaultExpression, generation, generationExpression, comment, newSpan);
  }
}
