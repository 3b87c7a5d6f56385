package dev.plumb.core.model.operation;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.Optional;

/**
 * A column as a CREATE TABLE or ADD COLUMN writes it.
 *
 * @param name the column's name as the dialect stores it
 * @param typeText the type as written ({@code serial}, {@code varchar(20)}), empty where none is (SQLite)
 * @param type the type in canonical form, empty if it could not be read
 * @param typeSpan where the type is written, for edits that change it; the column's span if none is written
 * @param defaultExpression the DEFAULT expression as written
 * @param generatedExpression the expression of a {@code GENERATED ALWAYS AS (...)} column
 * @param storedGeneration true for a stored generated column (computed for every row when added)
 * @param identity {@code GENERATED ... AS IDENTITY} or MySQL {@code AUTO_INCREMENT}
 * @param references the table an inline {@code REFERENCES} names
 * @param charset a {@code CHARACTER SET} written on the column, lower case
 * @param charsetSpan where that charset name is written
 * @param referencesSpan where the inline {@code REFERENCES ...} clause is written, with its MATCH and ON
 *     actions
 * @param collation a {@code COLLATE} written on the column, lower case
 * @param collationSpan where that collation name is written
 * @param referencesClause the inline {@code REFERENCES ...} clause as written
 */
public record ColumnDefinition(String name, SourceSpan span, String typeText, Optional<DataType> type,
                               SourceSpan typeSpan, boolean notNull, boolean primaryKey, boolean unique,
                               boolean hasCheck, Optional<String> defaultExpression,
                               Optional<String> generatedExpression, boolean storedGeneration, boolean identity,
                               Optional<ObjectPath> references, Optional<String> charset,
                               Optional<SourceSpan> charsetSpan, Optional<SourceSpan> referencesSpan,
                               Optional<String> collation, Optional<SourceSpan> collationSpan,
                               Optional<String> referencesClause) {

  public ColumnDefinition {
    requireNonNull(name, "no name given");
    requireNonNull(span, "no span given");
    requireNonNull(typeText, "no type text given");
    requireNonNull(type, "type is Optional, not null");
    requireNonNull(typeSpan, "no type span given");
    requireNonNull(defaultExpression, "defaultExpression is Optional, not null");
    requireNonNull(generatedExpression, "generatedExpression is Optional, not null");
    requireNonNull(references, "references is Optional, not null");
    requireNonNull(charset, "charset is Optional, not null");
    requireNonNull(charsetSpan, "charsetSpan is Optional, not null");
    requireNonNull(referencesSpan, "referencesSpan is Optional, not null");
    requireNonNull(collation, "collation is Optional, not null");
    requireNonNull(collationSpan, "collationSpan is Optional, not null");
    requireNonNull(referencesClause, "referencesClause is Optional, not null");
  }

  /** A column whose inline REFERENCES, if any, has no known place, and without a collation. */
  public ColumnDefinition(String name, SourceSpan span, String typeText, Optional<DataType> type,
                          SourceSpan typeSpan, boolean notNull, boolean primaryKey, boolean unique,
                          boolean hasCheck, Optional<String> defaultExpression,
                          Optional<String> generatedExpression, boolean storedGeneration, boolean identity,
                          Optional<ObjectPath> references, Optional<String> charset,
                          Optional<SourceSpan> charsetSpan) {
    this(name, span, typeText, type, typeSpan, notNull, primaryKey, unique, hasCheck, defaultExpression,
        generatedExpression, storedGeneration, identity, references, charset, charsetSpan, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The type name as written, lower case and without modifiers: {@code serial}, {@code varchar}. */
  public String writtenTypeName() {
    String lower = typeText.strip().toLowerCase(java.util.Locale.ROOT);
    int cut = lower.indexOf('(');
    return (cut < 0 ? lower : lower.substring(0, cut)).strip();
  }
}
