package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] a, b [CASCADE]}, and MySQL's {@code DROP INDEX name ON table},
 * whose index lives in its table's schema.
 */
final class DropIndexOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("DROP INDEX");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (!t.accept("DROP")) {
      return List.of();
    }
    int indexKeyword = t.position();
    if (!t.accept("INDEX")) {
      return List.of();
    }
    boolean concurrently = source.dialect() == Dialect.POSTGRESQL && t.accept("CONCURRENTLY");
    boolean ifExists = t.accept("IF", "EXISTS");
    if (source.dialect().isMysqlFamily()) {
      Optional<String> index = t.name();
      Optional<String> table = t.accept("ON") ? t.qualifiedName() : Optional.empty();
      if (index.isEmpty() || table.isEmpty()) {
        return List.of();
      }
      ObjectPath tablePath = source.path(table.get());
      ObjectPath indexPath = tablePath.parent().child(source.identifier(index.get()));
      return List.of(new Operation.DropIndex(List.of(indexPath), Optional.of(tablePath), false, ifExists,
          source.tokenSpan(indexKeyword), source.span()));
    }
    boolean cascade = t.isWord(t.size() - 1, "CASCADE");
    return OperationTokens.paths(source)
        .<List<Operation>>map(indexes -> List.of(new Operation.DropIndex(indexes, Optional.empty(), concurrently,
            ifExists, source.tokenSpan(indexKeyword), source.span(), cascade)))
        .orElse(List.of());
  }
}
