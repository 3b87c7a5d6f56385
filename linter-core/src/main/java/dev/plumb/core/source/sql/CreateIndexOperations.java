package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table [USING method] (keys) ...
 * [WHERE ...]}, and MySQL's {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX name [USING type] ON t (keys)
 * [ALGORITHM=...] [LOCK=...]}.
 */
final class CreateIndexOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("CREATE INDEX");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    boolean mysql = source.dialect().isMysqlFamily();
    if (!t.accept("CREATE")) {
      return List.of();
    }
    t.acceptAny("ONLINE", "OFFLINE");
    boolean unique = t.accept("UNIQUE");
    if (!unique) {
      t.acceptAny("FULLTEXT", "SPATIAL");
    }
    int indexKeyword = t.position();
    if (!t.accept("INDEX")) {
      return List.of();
    }
    boolean concurrently = source.dialect() == Dialect.POSTGRESQL && t.accept("CONCURRENTLY");
    boolean ifNotExists = t.accept("IF", "NOT", "EXISTS");
    Optional<String> name = t.peek("ON") ? Optional.empty() : t.qualifiedName();
    if (mysql && t.accept("USING")) {
      t.name();
    }
    if (!t.accept("ON")) {
      return List.of();
    }
    t.accept("ONLY");
    Optional<String> table = t.qualifiedName();
    if (table.isEmpty()) {
      return List.of();
    }
    if (t.accept("USING") && t.name().isEmpty()) {
      return List.of();
    }
    int open = t.position();
    int close = t.closing(open);
    if (close < 0) {
      return List.of();
    }
    List<String> keys = keys(source, open + 1, close, mysql);
    Trailer trailer = trailer(t, close + 1);
    ObjectPath tablePath = name.map(n -> OperationTokens.tableBeside(source, n, table.get()))
        .orElseGet(() -> source.path(table.get()));
    return List.of(new Operation.CreateIndex(tablePath, name.map(n -> source.path(n).name()), unique,
        concurrently, ifNotExists, keys, trailer.partial, source.tokenSpan(indexKeyword), source.span(),
        trailer.algorithm, trailer.lock));
  }

  /** The key list between the parentheses: plain columns by name, everything else as written. */
  private static List<String> keys(OperationSource source, int from, int to, boolean mysql) {
    TokenCursor t = source.tokens();
    List<String> keys = new ArrayList<>();
    for (int i = from; i < to; i = OperationTokens.itemEnd(t, i) + 1) {
      keys.add(key(source, i, OperationTokens.itemEnd(t, i), mysql));
    }
    return keys;
  }

  private static String key(OperationSource source, int from, int end, boolean mysql) {
    TokenCursor t = source.tokens();
    if (t.isSymbol(from, '(')) {
      return source.text(from + 1, t.closing(from)).strip();
    }
    if (t.isName(from) && t.isSymbol(from + 1, '(')) {
      // MySQL's name(10) is a prefix of the column; elsewhere it is a function call such as lower(email).
      return mysql ? source.identifier(t.token(from)) : source.text(from, t.closing(from + 1) + 1);
    }
    if (t.isName(from)) {
      return source.identifier(t.token(from));
    }
    return source.text(from, end);
  }

  /** What follows the keys: a WHERE makes the index partial; MySQL's ALGORITHM and LOCK options. */
  private static Trailer trailer(TokenCursor t, int from) {
    Optional<String> algorithm = Optional.empty();
    Optional<String> lock = Optional.empty();
    for (int i = from; i < t.size(); i++) {
      if (t.isSymbol(i, '(')) {
        i = Math.max(i, t.closing(i));
      } else if (t.isWord(i, "WHERE")) {
        return new Trailer(true, algorithm, lock);
      } else if (t.isWord(i, "ALGORITHM") || t.isWord(i, "LOCK")) {
        int value = t.isSymbol(i + 1, '=') ? i + 2 : i + 1;
        if (value < t.size()) {
          Optional<String> option = Optional.of(t.token(value).toUpperCase(Locale.ROOT));
          if (t.isWord(i, "ALGORITHM")) {
            algorithm = option;
          } else {
            lock = option;
          }
          i = value;
        }
      }
    }
    return new Trailer(false, algorithm, lock);
  }

  private record Trailer(boolean partial, Optional<String> algorithm, Optional<String> lock) {
  }
}
