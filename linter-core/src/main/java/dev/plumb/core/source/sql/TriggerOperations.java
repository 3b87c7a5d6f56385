package dev.plumb.core.source.sql;

import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name ... ON table ...} in every dialect, with SQLite's
 * {@code TEMP} and {@code IF NOT EXISTS} and MySQL's {@code DEFINER = user}. {@link StatementVerb} stops at the
 * {@code =} of a MySQL definer, so such a trigger has the bare verb CREATE, which this grammar reads too.
 */
final class TriggerOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("CREATE TRIGGER", "CREATE");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (!t.accept("CREATE")) {
      return List.of();
    }
    t.accept("OR", "REPLACE");
    if (source.dialect().isMysqlFamily() && t.accept("DEFINER")
        && !(t.acceptSymbol('=') && SettingGrammar.user(t))) {
      return List.of();
    }
    t.acceptAny("CONSTRAINT", "TEMPORARY", "TEMP");
    if (!t.accept("TRIGGER")) {
      return List.of();
    }
    t.accept("IF", "NOT", "EXISTS");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return List.of();
    }
    int on = OperationTokens.topLevel(t, t.position(), "ON");
    if (on < 0) {
      return List.of();
    }
    t.reset(on + 1);
    return t.qualifiedName()
        .<List<Operation>>map(table -> List.of(new Operation.CreateTrigger(source.path(name.get()).name(),
            OperationTokens.tableBeside(source, name.get(), table), source.span())))
        .orElse(List.of());
  }
}
