package dev.plumb.core.source.sql;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.ColumnDefinition;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one column definition ({@code name type [attributes]}) of a CREATE TABLE, an ADD COLUMN or a MySQL
 * MODIFY / CHANGE, in any dialect's words. The type runs up to the first attribute keyword; an attribute's
 * expression (a DEFAULT) runs up to the next one.
 */
final class ColumnDefinitionReader {

  /** Words that start a column attribute, so end a type or an expression before them. */
  private static final Set<String> ATTRIBUTES = Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
      "REFERENCES", "CHECK", "GENERATED", "COLLATE", "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY", "COMMENT", "ON",
      "CHARACTER", "CHARSET", "FIRST", "AFTER", "AS", "STORED", "VIRTUAL", "PERSISTENT", "INVISIBLE", "VISIBLE",
      "STORAGE", "COMPRESSION", "KEY", "COLUMN_FORMAT", "ENGINE_ATTRIBUTE", "SRID", "DEFERRABLE", "INITIALLY");

  private final OperationSource source;

  ColumnDefinitionReader(OperationSource source) {
    this.source = source;
  }

  /** The definition in tokens {@code [from, to)}; empty when it does not start with a name. */
  Optional<ColumnDefinition> read(int from, int to) {
    BoundedTokens t = new BoundedTokens(source.tokens(), from, to);
    Optional<String> name = t.name();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int typeStart = t.position();
    t.skipUntil(at -> startsAttribute(t, at));
    int typeEnd = t.position();
    String typeText = source.text(typeStart, typeEnd);
    Attributes attributes = new Attributes();
    while (!t.atEnd()) {
      attribute(t, attributes);
    }
    SourceSpan span = source.span(from, to);
    SourceSpan typeSpan = typeEnd > typeStart ? source.span(typeStart, typeEnd) : span;
    return Optional.of(new ColumnDefinition(source.identifier(name.get()), span, typeText, type(typeText),
        typeSpan, attributes.notNull, attributes.primaryKey, attributes.unique, attributes.check,
        attributes.defaultExpression, attributes.generated, attributes.stored, attributes.identity,
        attributes.references, attributes.charset, attributes.charsetSpan, attributes.referencesSpan,
        attributes.collation, attributes.collationSpan, attributes.referencesClause));
  }

  private Optional<DataType> type(String typeText) {
    if (typeText.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DataTypes.parse(typeText, source.dialect()).type());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What the attributes after the type say. */
  private static final class Attributes {
    boolean notNull;
    boolean primaryKey;
    boolean unique;
    boolean check;
    boolean stored;
    boolean identity;
    Optional<String> defaultExpression = Optional.empty();
    Optional<String> generated = Optional.empty();
    Optional<ObjectPath> references = Optional.empty();
    Optional<String> charset = Optional.empty();
    Optional<SourceSpan> charsetSpan = Optional.empty();
    Optional<SourceSpan> referencesSpan = Optional.empty();
    Optional<String> referencesClause = Optional.empty();
    Optional<String> collation = Optional.empty();
    Optional<SourceSpan> collationSpan = Optional.empty();
  }

  private void attribute(BoundedTokens t, Attributes a) {
    if (t.accept("CONSTRAINT")) {
      t.name();
    } else if (t.accept("NOT", "NULL")) {
      a.notNull = true;
    } else if (t.accept("NULL")) {
      a.notNull = false;
    } else if (t.accept("DEFAULT")) {
      a.defaultExpression = Optional.of(expression(t));
    } else if (t.accept("PRIMARY", "KEY")) {
      a.primaryKey = true;
      a.notNull = true;
    } else if (t.accept("UNIQUE")) {
      t.accept("KEY");
      a.unique = true;
    } else if (t.peek("REFERENCES")) {
      int start = t.position();
      t.accept("REFERENCES");
      a.references = t.qualifiedName().map(source::path);
      skipReferenceOptions(t);
      a.referencesSpan = Optional.of(source.span(start, t.position()));
      a.referencesClause = Optional.of(source.text(start, t.position()));
    } else if (t.accept("CHECK")) {
      t.group();
      a.check = true;
    } else if (t.accept("GENERATED")) {
      generated(t, a);
    } else if (t.accept("AS")) {
      a.generated = groupText(t);
      a.stored = t.accept("STORED") || t.accept("PERSISTENT");
    } else if (t.accept("AUTO_INCREMENT") || t.accept("AUTOINCREMENT") || t.accept("IDENTITY")) {
      a.identity = true;
      t.group();
    } else if (t.accept("CHARACTER", "SET") || t.accept("CHARSET")) {
      t.acceptSymbol('=');
      int at = t.position();
      a.charset = t.next().map(c -> c.toLowerCase(Locale.ROOT));
      a.charsetSpan = Optional.of(source.tokenSpan(at));
    } else if (t.accept("COLLATE")) {
      t.acceptSymbol('=');
      int at = t.position();
      a.collation = t.next().map(c -> c.toLowerCase(Locale.ROOT));
      a.collationSpan = Optional.of(source.tokenSpan(at));
    } else if (t.accept("ON", "UPDATE") || t.accept("COMMENT")) {
      expression(t);
    } else {
      // STORED / VIRTUAL alone, FIRST, AFTER col, VISIBLE, storage options: nothing a safety rule needs.
      t.next();
      if (t.peekSymbol('(')) {
        t.group();
      }
    }
  }

  private void generated(BoundedTokens t, Attributes a) {
    if (t.accept("ALWAYS")) {
      t.accept("AS");
    } else if (t.accept("BY", "DEFAULT")) {
      t.accept("ON", "NULL");
      t.accept("AS");
    }
    if (t.accept("IDENTITY")) {
      a.identity = true;
      a.notNull = true;
      t.group();
      return;
    }
    a.generated = groupText(t);
    a.stored = t.accept("STORED") || t.accept("PERSISTENT");
  }

  private Optional<String> groupText(BoundedTokens t) {
    int open = t.group();
    return open < 0 ? Optional.empty() : Optional.of(source.text(open + 1, t.position() - 1).strip());
  }

  /** An expression: everything up to the next attribute keyword outside parentheses; at least one token. */
  private String expression(BoundedTokens t) {
    int start = t.position();
    if (t.peekSymbol('(')) {
      t.group();
    } else {
      t.next();
    }
    t.skipUntil(at -> startsAttribute(t, at));
    return source.text(start, t.position());
  }

  /** {@code CHARACTER} starts an attribute only as {@code CHARACTER SET}; else it is the type {@code character}. */
  private static boolean startsAttribute(BoundedTokens t, int at) {
    if (t.isWord(at, "CHARACTER")) {
      return t.isWord(at + 1, "SET");
    }
    for (String word : ATTRIBUTES) {
      if (t.isWord(at, word)) {
        return true;
      }
    }
    return false;
  }

  /** {@code (cols) MATCH FULL ON DELETE CASCADE ON UPDATE ...}: none of it matters here. */
  private static void skipReferenceOptions(BoundedTokens t) {
    t.group();
    while (t.accept("MATCH")) {
      t.next();
    }
    while (t.accept("ON", "DELETE") || t.accept("ON", "UPDATE")) {
      if (!(t.accept("NO", "ACTION") || t.accept("SET", "NULL") || t.accept("SET", "DEFAULT"))) {
        t.next();
      }
      t.group();
    }
  }
}
