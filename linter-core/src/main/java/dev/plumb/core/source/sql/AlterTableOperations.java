package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ALTER [ONLINE] [IGNORE] TABLE [IF EXISTS] [ONLY] name [*] change, change, ...} in PostgreSQL, MySQL,
 * MariaDB, SQLite and H2 words. MySQL's {@code ALGORITHM=} and {@code LOCK=} items are options of the statement,
 * not changes.
 */
final class AlterTableOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("ALTER TABLE");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    if (!t.accept("ALTER")) {
      return List.of();
    }
    t.acceptAny("ONLINE", "OFFLINE");
    t.accept("IGNORE");
    if (!t.accept("TABLE")) {
      return List.of();
    }
    boolean ifExists = t.accept("IF", "EXISTS");
    t.accept("ONLY");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return List.of();
    }
    t.acceptSymbol('*');
    ObjectPath table = source.path(name.get());
    TableChangeReader changes = new TableChangeReader(source);
    List<TableChange> read = new ArrayList<>();
    Optional<String> algorithm = Optional.empty();
    Optional<String> lock = Optional.empty();
    Optional<SourceSpan> lockSpan = Optional.empty();
    for (int[] part : BoundedTokens.parts(t, t.position(), t.size())) {
      Optional<String> option = option(t, part, "ALGORITHM");
      if (option.isPresent()) {
        algorithm = option;
        continue;
      }
      option = option(t, part, "LOCK");
      if (option.isPresent()) {
        lock = option;
        lockSpan = Optional.of(source.tokenSpan(part[1] - 1));
        continue;
      }
      read.addAll(changes.read(part[0], part[1]));
    }
    return List.of(new Operation.AlterTable(table, ifExists, read, algorithm, lock, lockSpan, source.span()));
  }

  /** MySQL's {@code ALGORITHM [=] value} or {@code LOCK [=] value} as one comma-separated item. */
  private static Optional<String> option(TokenCursor t, int[] part, String keyword) {
    if (!t.isWord(part[0], keyword)) {
      return Optional.empty();
    }
    int value = t.isSymbol(part[0] + 1, '=') ? part[0] + 2 : part[0] + 1;
    if (value != part[1] - 1) {
      return Optional.empty();
    }
    return Optional.of(t.token(value).toUpperCase(Locale.ROOT));
  }
}
