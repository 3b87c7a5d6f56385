package dev.plumb.rules.safety;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.IndexKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.operation.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CONCURRENTLY forms of PostgreSQL's index and partition statements, written out for remediations with the
 * statement's own names. The index a CREATE INDEX built is read back from the replay where it can be, so keys,
 * access method and WHERE come out as the replay understood them.
 */
final class ConcurrentSql {

  private ConcurrentSql() {
  }

  static String createIndex(Operation.CreateIndex create, Schema after) {
    Dialect dialect = after.dialect();
    Optional<Index> built = create.name().map(name -> create.table().parent().child(name))
        .flatMap(after::index);
    StringBuilder sql = new StringBuilder("CREATE ");
    sql.append(create.unique() ? "UNIQUE " : "").append("INDEX CONCURRENTLY ");
    sql.append(create.ifNotExists() ? "IF NOT EXISTS " : "");
    create.name().ifPresent(name -> sql.append(SqlNames.of(name, dialect)).append(' '));
    sql.append("ON ").append(SqlNames.of(create.table(), dialect));
    built.flatMap(Index::method).filter(m -> !m.equalsIgnoreCase("btree"))
        .ifPresent(m -> sql.append(" USING ").append(m.toLowerCase(Locale.ROOT)));
    sql.append(" (").append(built.map(i -> keys(i.keys(), dialect)).orElse(String.join(", ", create.keys())))
        .append(')');
    Optional<String> predicate = built.flatMap(Index::predicate);
    if (predicate.isPresent()) {
      sql.append(" WHERE ").append(predicate.get());
    } else if (create.partial()) {
      // The replay did not keep the condition: say so rather than write a different, full index.
      sql.append(" WHERE ... -- the same condition as before");
      return sql.toString();
    }
    return sql.append(';').toString();
  }

  /** A concurrently built copy of a known index under another name, for swapping it in. */
  static String createCopy(Index index, String name, Dialect dialect) {
    StringBuilder sql = new StringBuilder("CREATE ");
    sql.append(index.unique() ? "UNIQUE " : "").append("INDEX CONCURRENTLY ").append(SqlNames.of(name, dialect))
        .append(" ON ").append(SqlNames.of(index.table(), dialect));
    index.method().filter(m -> !m.equalsIgnoreCase("btree"))
        .ifPresent(m -> sql.append(" USING ").append(m.toLowerCase(Locale.ROOT)));
    sql.append(" (").append(keys(index.keys(), dialect)).append(')');
    index.predicate().ifPresent(p -> sql.append(" WHERE ").append(p));
    return sql.append(';').toString();
  }

  private static String keys(List<IndexKey> keys, Dialect dialect) {
    return keys.stream().map(key -> {
      String text = !key.expression() ? SqlNames.of(key.text(), dialect)
          : isFunctionCall(key.text()) || key.text().startsWith("(") ? key.text() : "(" + key.text() + ")";
      return key.descending() ? text + " DESC" : text;
    }).collect(Collectors.joining(", "));
  }

  /** {@code lower(email)}: a key PostgreSQL takes without parentheses of its own, unlike {@code a + b}. */
  private static boolean isFunctionCall(String expression) {
    if (!expression.matches("[A-Za-z_][\\w.]*\\(.*\\)")) {
      return false;
    }
    int depth = 0;
    for (int i = expression.indexOf('('); i < expression.length(); i++) {
      char c = expression.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && i < expression.length() - 1) {
        return false;
      }
    }
    return true;
  }

  /** One {@code DROP INDEX CONCURRENTLY} per index: PostgreSQL drops only one at a time concurrently. */
  static String dropIndexes(Operation.DropIndex drop, Dialect dialect) {
    return drop.indexes().stream()
        .map(index -> "DROP INDEX CONCURRENTLY " + (drop.ifExists() ? "IF EXISTS " : "")
            + SqlNames.of(index, dialect) + ";")
        .collect(Collectors.joining("\n"));
  }

  static String reindex(Operation.Reindex reindex, Dialect dialect) {
    return "REINDEX " + reindex.target() + " CONCURRENTLY" + target(reindex, dialect) + ";";
  }

  /** " orders", or nothing for the current database left unnamed (PostgreSQL 16). */
  static String target(Operation.Reindex reindex, Dialect dialect) {
    return reindex.name().name().isEmpty() ? "" : " " + SqlNames.of(reindex.name(), dialect);
  }

  static String detach(ObjectPath table, ObjectPath partition, Dialect dialect) {
    return "ALTER TABLE " + SqlNames.of(table, dialect) + " DETACH PARTITION " + SqlNames.of(partition, dialect)
        + " CONCURRENTLY;";
  }
}
