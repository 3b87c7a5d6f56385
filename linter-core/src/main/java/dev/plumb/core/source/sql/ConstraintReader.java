package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.ConstraintDefinition;
import dev.plumb.core.model.operation.ConstraintKind;
import java.util.List;
import java.util.Optional;

/**
 * Reads one table constraint ({@code [CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK | EXCLUDE ...})
 * of a CREATE TABLE or an ALTER TABLE ... ADD, with PostgreSQL's {@code USING INDEX} and {@code NOT VALID} and
 * MySQL's {@code UNIQUE KEY name (...)} and {@code FOREIGN KEY name (...)}.
 */
final class ConstraintReader {

  private final OperationSource source;

  ConstraintReader(OperationSource source) {
    this.source = source;
  }

  /** Whether tokens from {@code from} start a table constraint rather than a column. */
  static boolean startsConstraint(TokenCursor tokens, int from) {
    return tokens.isWord(from, "CONSTRAINT") || tokens.isWord(from, "PRIMARY") || tokens.isWord(from, "FOREIGN")
        || tokens.isWord(from, "CHECK") || tokens.isWord(from, "EXCLUDE")
        || (tokens.isWord(from, "UNIQUE") && !tokens.isSymbol(from + 1, ','));
  }

  /** The constraint in tokens {@code [from, to)}; empty when they hold none. */
  Optional<ConstraintDefinition> read(int from, int to) {
    BoundedTokens t = new BoundedTokens(source.tokens(), from, to);
    Optional<String> name = Optional.empty();
    if (t.accept("CONSTRAINT")) {
      name = t.name().map(source::identifier);
    }
    Optional<ConstraintKind> kind = kind(t);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Parts parts = new Parts();
    switch (kind.get()) {
      case PRIMARY_KEY, UNIQUE -> keyParts(t, parts);
      case FOREIGN_KEY -> foreignKeyParts(t, parts);
      case CHECK -> parts.expression = groupText(t);
      default -> {
      }
    }
    boolean notValid = false;
    while (!t.atEnd()) {
      if (t.accept("NOT", "VALID")) {
        notValid = true;
      } else {
        t.next();
      }
    }
    return Optional.of(new ConstraintDefinition(name, kind.get(), parts.columns, parts.referencedTable,
        parts.referencedColumns, notValid, parts.usingIndex, parts.expression, source.span(from, to)));
  }

  private static Optional<ConstraintKind> kind(BoundedTokens t) {
    if (t.accept("PRIMARY", "KEY")) {
      return Optional.of(ConstraintKind.PRIMARY_KEY);
    }
    if (t.accept("UNIQUE")) {
      return Optional.of(ConstraintKind.UNIQUE);
    }
    if (t.accept("FOREIGN", "KEY")) {
      return Optional.of(ConstraintKind.FOREIGN_KEY);
    }
    if (t.accept("CHECK")) {
      return Optional.of(ConstraintKind.CHECK);
    }
    if (t.accept("EXCLUDE")) {
      return Optional.of(ConstraintKind.EXCLUSION);
    }
    return Optional.empty();
  }

  /** What the kind-specific part says. */
  private static final class Parts {
    List<String> columns = List.of();
    Optional<ObjectPath> referencedTable = Optional.empty();
    List<String> referencedColumns = List.of();
    Optional<String> usingIndex = Optional.empty();
    Optional<String> expression = Optional.empty();
  }

  /** {@code [NULLS [NOT] DISTINCT] [KEY|INDEX] [name] [USING BTREE] (cols)} or {@code USING INDEX name}. */
  private void keyParts(BoundedTokens t, Parts parts) {
    t.accept("NULLS", "NOT", "DISTINCT");
    t.accept("NULLS", "DISTINCT");
    if (t.accept("USING", "INDEX")) {
      parts.usingIndex = t.name().map(source::identifier);
      return;
    }
    if (t.accept("KEY") || t.accept("INDEX")) {
      if (!t.peekSymbol('(') && !t.peek("USING")) {
        t.name();
      }
    }
    if (t.accept("USING")) {
      t.next();
    }
    parts.columns = columns(t.nameList());
  }

  /** {@code [name] (cols) REFERENCES table [(cols)] [options]}. */
  private void foreignKeyParts(BoundedTokens t, Parts parts) {
    if (!t.peekSymbol('(')) {
      t.name();
    }
    parts.columns = columns(t.nameList());
    if (t.accept("REFERENCES")) {
      parts.referencedTable = t.qualifiedName().map(source::path);
      parts.referencedColumns = columns(t.nameList());
    }
  }

  private List<String> columns(List<String> written) {
    return keyColumns(written, source);
  }

  /** The column names of written key parts: a MySQL key part may carry a prefix length or an order. */
  static List<String> keyColumns(List<String> written, OperationSource source) {
    return written.stream().map(w -> w.split("[\\s(]", 2)[0]).map(source::identifier).toList();
  }

  private Optional<String> groupText(BoundedTokens t) {
    int open = t.group();
    return open < 0 ? Optional.empty() : Optional.of(source.text(open + 1, t.position() - 1).strip());
  }
}
