package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's {@code ALTER TYPE t ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w']}; the other ALTER TYPE forms
 * (RENAME VALUE, attributes, owner) give no operation.
 */
final class EnumValueOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("ALTER TYPE");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (source.dialect() != Dialect.POSTGRESQL || !t.accept("ALTER", "TYPE")) {
      return List.of();
    }
    Optional<String> type = t.qualifiedName();
    if (type.isEmpty() || !t.accept("ADD", "VALUE")) {
      return List.of();
    }
    boolean ifNotExists = t.accept("IF", "NOT", "EXISTS");
    int literal = t.position();
    Optional<String> value = t.stringValue();
    if (value.isEmpty()) {
      return List.of();
    }
    Optional<String> position = Optional.empty();
    int positionStart = t.position();
    if (t.acceptAny("BEFORE", "AFTER").isPresent()) {
      if (!t.string()) {
        return List.of();
      }
      position = Optional.of(source.text(positionStart, t.position()));
    }
    if (!t.atEnd()) {
      return List.of();
    }
    return List.of(new Operation.AddEnumValue(source.path(type.get()), value.get(), position, ifNotExists,
        source.tokenSpan(literal), source.span()));
  }
}
