package dev.plumb.core.source.sql;

import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * MySQL's {@code RENAME TABLE a TO b [, c TO d]}: one ALTER TABLE with a single rename per pair, spanning the
 * pair (the first one from RENAME on), so rules see the same change as for {@code ALTER TABLE a RENAME TO b}.
 */
final class RenameTableOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("RENAME");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (!source.dialect().isMysqlFamily() || !t.accept("RENAME") || t.acceptAny("TABLE", "TABLES").isEmpty()) {
      return List.of();
    }
    List<Operation> renames = new ArrayList<>();
    int pairStart = 0;
    do {
      Optional<String> from = t.qualifiedName();
      Optional<String> to = t.accept("TO") ? t.qualifiedName() : Optional.empty();
      if (from.isEmpty() || to.isEmpty()) {
        return List.of();
      }
      SourceSpan pair = source.span(pairStart, t.position());
      renames.add(new Operation.AlterTable(source.path(from.get()), false,
          List.of(new TableChange.RenameTable(source.path(to.get()), pair)), Optional.empty(), Optional.empty(),
          pair));
      pairStart = t.position() + 1;
    } while (t.acceptSymbol(','));
    return t.atEnd() ? renames : List.of();
  }
}
