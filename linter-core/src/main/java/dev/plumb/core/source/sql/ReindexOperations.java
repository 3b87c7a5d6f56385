package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's {@code REINDEX [(options)] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name}, where
 * PostgreSQL 14's {@code (CONCURRENTLY)} option counts as the keyword does.
 */
final class ReindexOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("REINDEX");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (source.dialect() != Dialect.POSTGRESQL || !t.accept("REINDEX")) {
      return List.of();
    }
    boolean concurrently = false;
    if (t.peekSymbol('(')) {
      concurrently = OperationTokens.optionOn(t, t.position(), "CONCURRENTLY");
      if (!t.group()) {
        return List.of();
      }
    }
    int targetKeyword = t.position();
    Optional<String> target = t.acceptAny("INDEX", "TABLE", "SCHEMA", "DATABASE", "SYSTEM");
    if (target.isEmpty()) {
      return List.of();
    }
    concurrently |= t.accept("CONCURRENTLY");
    Optional<ObjectPath> name = name(source, target.get());
    if (name.isEmpty() || !t.atEnd()) {
      return List.of();
    }
    return List.of(new Operation.Reindex(target.get(), name.get(), concurrently, source.tokenSpan(targetKeyword),
        source.span()));
  }

  /** An index or table in its schema; a schema or database by its own name, the current database unnamed. */
  private static Optional<ObjectPath> name(OperationSource source, String target) {
    TokenCursor t = source.tokens();
    boolean inSchema = target.equals("INDEX") || target.equals("TABLE");
    if (t.atEnd() && !inSchema && !target.equals("SCHEMA")) {
      return Optional.of(ObjectPath.of(""));
    }
    Optional<String> written = inSchema ? t.qualifiedName() : t.name();
    return written.map(w -> inSchema ? source.path(w) : ObjectPath.of(source.identifier(w)));
  }
}
