package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code TRUNCATE [TABLE] [ONLY] a [*], b [RESTART|CONTINUE IDENTITY] [CASCADE|RESTRICT]}. */
final class TruncateOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("TRUNCATE");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (!t.accept("TRUNCATE")) {
      return List.of();
    }
    t.accept("TABLE");
    List<ObjectPath> tables = new ArrayList<>();
    do {
      t.accept("ONLY");
      Optional<String> table = t.qualifiedName();
      if (table.isEmpty()) {
        return List.of();
      }
      tables.add(source.path(table.get()));
      t.acceptSymbol('*');
    } while (t.acceptSymbol(','));
    if (t.acceptAny("RESTART", "CONTINUE").isPresent() && !t.accept("IDENTITY")) {
      return List.of();
    }
    boolean cascade = t.accept("CASCADE");
    return List.of(new Operation.Truncate(tables, cascade, source.span()));
  }
}
