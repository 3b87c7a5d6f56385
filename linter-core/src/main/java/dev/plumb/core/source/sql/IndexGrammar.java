package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * ALTER INDEX (RENAME TO, SET TABLESPACE, SET / RESET storage parameters, ATTACH PARTITION, per-column
 * statistics) and PostgreSQL's DROP INDEX [CONCURRENTLY] [IF EXISTS] with several names. Only a rename or a
 * drop changes the model.
 */
final class IndexGrammar implements StatementGrammar {

  private final Names names;
  private final IndexReplay indexes;

  IndexGrammar(Names names) {
    this.names = names;
    this.indexes = new IndexReplay(names);
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    return StatementGrammar.firstWhole(tokens, this::alterIndex, this::dropIndexes);
  }

  private Optional<UnaryOperator<Schema>> alterIndex(TokenCursor t) {
    if (!t.accept("ALTER", "INDEX")) {
      return Optional.empty();
    }
    if (t.accept("ALL", "IN", "TABLESPACE")) {
      return allInTablespace(t);
    }
    t.accept("IF", "EXISTS");
    Optional<String> name = t.qualifiedName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ObjectPath index = names.qualified(name.get());
    if (t.accept("RENAME", "TO")) {
      return t.name().map(names::identifier).map(renamed -> schema -> indexes.rename(schema, index, renamed));
    }
    boolean unchanged = StatementGrammar.wholeStatement(t,
        a -> a.accept("SET", "TABLESPACE") && a.name().isPresent(),
        a -> (a.accept("SET") || a.accept("RESET")) && a.group(),
        a -> a.accept("ATTACH", "PARTITION") && a.qualifiedName().isPresent(),
        a -> (a.accept("NO", "DEPENDS") || a.accept("DEPENDS")) && a.accept("ON", "EXTENSION") && a.name().isPresent(),
        a -> a.accept("ALTER") && columnStatistics(a),
        a -> a.accept("OWNER", "TO") && a.name().isPresent());
    return unchanged ? Optional.of(UnaryOperator.identity()) : Optional.empty();
  }

  /** ALTER INDEX ALL IN TABLESPACE a [OWNED BY r, ...] SET TABLESPACE b [NOWAIT]. */
  private static Optional<UnaryOperator<Schema>> allInTablespace(TokenCursor t) {
    if (t.name().isEmpty()) {
      return Optional.empty();
    }
    if (t.accept("OWNED", "BY")) {
      do {
        if (t.name().isEmpty()) {
          return Optional.empty();
        }
      } while (t.acceptSymbol(','));
    }
    if (!t.accept("SET", "TABLESPACE") || t.name().isEmpty()) {
      return Optional.empty();
    }
    t.accept("NOWAIT");
    return Optional.of(UnaryOperator.identity());
  }

  /** [COLUMN] n SET STATISTICS m. */
  private static boolean columnStatistics(TokenCursor t) {
    t.accept("COLUMN");
    return (t.number() || t.name().isPresent()) && t.accept("SET", "STATISTICS") && t.value();
  }

  /** DROP INDEX [CONCURRENTLY] [IF EXISTS] a, b [CASCADE | RESTRICT], PostgreSQL's form only. */
  private Optional<UnaryOperator<Schema>> dropIndexes(TokenCursor t) {
    if (names.dialect() != Dialect.POSTGRESQL || !t.accept("DROP", "INDEX")) {
      return Optional.empty();
    }
    t.accept("CONCURRENTLY");
    t.accept("IF", "EXISTS");
    Optional<List<ObjectPath>> read = DropList.read(t, names);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    List<ObjectPath> dropped = read.get();
    return Optional.of(schema -> {
      Schema result = schema;
      for (ObjectPath index : dropped) {
        result = indexes.drop(result, index, Optional.empty());
      }
      return result;
    });
  }
}
