package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code INSERT INTO t [(cols)] ...} (MySQL's {@code INSERT ... SET c = x} too), {@code UPDATE [ONLY] t [AS a] SET
 * c = ..., (d, e) = (...) [FROM ...] [WHERE ...]} and {@code DELETE FROM t [USING ...] [WHERE ...]}, with the
 * dialects' modifiers (MySQL's IGNORE, SQLite's {@code OR REPLACE}). A WHERE counts as a filter only outside
 * parentheses, not inside a subquery. The multi-table forms of MySQL change their first table here; a statement
 * that starts with WITH has another verb and is not read.
 */
final class DataChangeOperations implements OperationGrammar {

  /** Words that end an UPDATE's SET list. */
  private static final String[] AFTER_ASSIGNMENTS = {"FROM", "WHERE", "RETURNING", "ORDER", "LIMIT"};
  private static final String[] MYSQL_MODIFIERS = {"LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "QUICK", "IGNORE"};
  /** Words after a table reference that are no alias. */
  private static final String[] NOT_ALIASES = {"ON", "USING", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS", "NATURAL",
      "STRAIGHT_JOIN", "WHERE", "ORDER", "LIMIT"};
  private static final String[] SQLITE_CONFLICT = {"REPLACE", "ROLLBACK", "ABORT", "FAIL", "IGNORE"};

  @Override
  public Set<String> verbs() {
    return Set.of("INSERT", "UPDATE", "DELETE");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    Optional<Operation> read = Optional.empty();
    if (t.accept("INSERT")) {
      read = insert(source);
    } else if (t.accept("UPDATE")) {
      read = update(source);
    } else if (t.accept("DELETE")) {
      read = delete(source);
    }
    return read.map(List::of).orElse(List.of());
  }

  private static Optional<Operation> insert(OperationSource source) {
    TokenCursor t = source.tokens();
    modifiers(t, source.dialect());
    t.accept("INTO");
    Optional<String> table = t.qualifiedName();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    if (t.accept("PARTITION") && !t.group()) {
      return Optional.empty();
    }
    if (t.accept("AS") && t.name().isEmpty()) {
      return Optional.empty();
    }
    List<String> columns = new ArrayList<>();
    if (t.accept("SET")) {
      if (!assignments(source, columns)) {
        return Optional.empty();
      }
    } else if (t.peekSymbol('(') && !(t.isWord(t.position() + 1, "SELECT") || t.isWord(t.position() + 1, "WITH")
        || t.isWord(t.position() + 1, "VALUES"))) {
      if (!columnList(source, t.position(), columns)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Operation.DataChange("INSERT", source.path(table.get()), false, columns, source.span()));
  }

  private static Optional<Operation> update(OperationSource source) {
    TokenCursor t = source.tokens();
    modifiers(t, source.dialect());
    t.accept("ONLY");
    Optional<String> table = t.qualifiedName();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    int set = OperationTokens.topLevel(t, t.position(), "SET");
    if (set < 0) {
      return Optional.empty();
    }
    t.reset(set + 1);
    List<String> columns = new ArrayList<>();
    if (!assignments(source, columns)) {
      return Optional.empty();
    }
    return Optional.of(new Operation.DataChange("UPDATE", source.path(table.get()), filtered(t), columns,
        source.span()));
  }

  /**
   * {@code DELETE FROM t}, or MySQL's multi-table {@code DELETE t1 [, t2] FROM refs} and
   * {@code DELETE FROM t1 [, t2] USING refs}, which delete from t1 first (named by its alias in refs, if it has one).
   */
  private static Optional<Operation> delete(OperationSource source) {
    TokenCursor t = source.tokens();
    modifiers(t, source.dialect());
    t.accept("FROM");
    t.accept("ONLY");
    Optional<String> table = t.qualifiedName();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath path = source.path(table.get());
    boolean filtered = filtered(t);
    if (source.dialect().isMysqlFamily()) {
      int references = OperationTokens.topLevel(t, t.position(), "FROM", "USING", "WHERE");
      if (references >= 0 && !t.isWord(references, "WHERE")) {
        path = aliased(source, table.get(), references + 1).orElse(path);
      }
    }
    return Optional.of(new Operation.DataChange("DELETE", path, filtered, List.of(), source.span()));
  }

  /**
   * The table that {@code target} names in the table references from {@code from} on, by alias or by name: each
   * reference starts the list, or follows a comma or a JOIN.
   */
  private static Optional<ObjectPath> aliased(OperationSource source, String target, int from) {
    TokenCursor t = source.tokens();
    String wanted = source.identifier(target);
    int end = OperationTokens.topLevel(t, from, "WHERE", "ORDER", "LIMIT");
    for (int i = from; i >= 0 && i < (end < 0 ? t.size() : end); i = nextReference(t, i, end)) {
      t.reset(i);
      Optional<String> table = t.qualifiedName();
      t.accept("AS");
      Optional<String> alias = OperationTokens.isAnyWord(t, t.position(), NOT_ALIASES) ? Optional.empty() : t.name();
      boolean named = table.isPresent() && source.path(table.get()).name().equals(wanted);
      if (table.isPresent() && (named || alias.map(source::identifier).filter(wanted::equals).isPresent())) {
        return Optional.of(source.path(table.get()));
      }
    }
    return Optional.empty();
  }

  /** The start of the table reference after the one at {@code i}, or -1 at the end of the references. */
  private static int nextReference(TokenCursor t, int i, int end) {
    int next = OperationTokens.itemEnd(t, i + 1, "JOIN", "STRAIGHT_JOIN");
    boolean separator = t.isSymbol(next, ',') || t.isWord(next, "JOIN") || t.isWord(next, "STRAIGHT_JOIN");
    return separator && (end < 0 || next < end) ? next + 1 : -1;
  }

  /** MySQL's priority, QUICK and IGNORE, SQLite's {@code OR REPLACE} and the like. */
  private static void modifiers(TokenCursor t, Dialect dialect) {
    if (dialect.isMysqlFamily()) {
      while (t.acceptAny(MYSQL_MODIFIERS).isPresent()) {
        // any order MySQL accepts them in
      }
    } else if (dialect == Dialect.SQLITE && t.accept("OR")) {
      t.acceptAny(SQLITE_CONFLICT);
    }
  }

  /**
   * {@code c = x, (d, e) = (...), t.f = y} up to the clause after them, each assigned column added in order; the
   * cursor is left after the last value.
   */
  private static boolean assignments(OperationSource source, List<String> columns) {
    TokenCursor t = source.tokens();
    do {
      int target = t.position();
      if (t.peekSymbol('(')) {
        if (!columnList(source, target, columns)) {
          return false;
        }
      } else {
        Optional<String> column = column(source, target);
        if (column.isEmpty()) {
          return false;
        }
        columns.add(column.get());
      }
      int equals = equalsSign(t, t.position());
      if (equals < 0) {
        return false;
      }
      t.reset(valueEnd(t, equals + 1));
    } while (t.acceptSymbol(','));
    return true;
  }

  /** {@code (a, b)} at {@code open}, its columns added; the cursor is left after it. */
  private static boolean columnList(OperationSource source, int open, List<String> columns) {
    TokenCursor t = source.tokens();
    int close = t.closing(open);
    if (close < 0) {
      return false;
    }
    for (int i = open + 1; i < close; i = OperationTokens.itemEnd(t, i) + 1) {
      Optional<String> column = column(source, i);
      if (column.isEmpty()) {
        return false;
      }
      columns.add(column.get());
    }
    t.reset(close + 1);
    return true;
  }

  /** The {@code =} after a target, past PostgreSQL's subscripts such as {@code [1]}; -1 if there is none. */
  private static int equalsSign(TokenCursor t, int from) {
    int depth = 0;
    for (int i = from; i < t.size(); i++) {
      if (t.isSymbol(i, '[') || t.isSymbol(i, '(')) {
        depth++;
      } else if (t.isSymbol(i, ']') || t.isSymbol(i, ')')) {
        depth--;
      } else if (depth == 0 && t.isSymbol(i, '=')) {
        return i;
      } else if (depth == 0 && t.isSymbol(i, ',')) {
        return -1;
      }
    }
    return -1;
  }

  /** Where a SET value ends: a comma or a following clause outside parentheses ({@code IS DISTINCT FROM} aside). */
  private static int valueEnd(TokenCursor t, int from) {
    int end = OperationTokens.itemEnd(t, from, AFTER_ASSIGNMENTS);
    while (t.isWord(end, "FROM") && t.isWord(end - 1, "DISTINCT")) {
      end = OperationTokens.itemEnd(t, end + 1, AFTER_ASSIGNMENTS);
    }
    return end;
  }

  /**
   * The column a target names: {@code c}, MySQL's {@code t.c}, PostgreSQL's {@code c.field} or {@code c[1]}
   * (PostgreSQL qualifies no column in SET, so the first part is the column there).
   */
  private static Optional<String> column(OperationSource source, int at) {
    TokenCursor t = source.tokens();
    t.reset(at);
    Optional<String> written = t.qualifiedName();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = Names.splitDotted(written.get());
    String column = source.dialect() == Dialect.POSTGRESQL ? parts.get(0) : parts.get(parts.size() - 1);
    return Optional.of(source.identifier(column));
  }

  private static boolean filtered(TokenCursor t) {
    return OperationTokens.topLevel(t, t.position(), "WHERE") >= 0;
  }
}
