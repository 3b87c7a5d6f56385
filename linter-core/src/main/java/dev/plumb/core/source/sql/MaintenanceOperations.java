package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Commands that rewrite or reorder stored data: PostgreSQL's {@code VACUUM [FULL] [(FULL, ...)] [table, ...]} and
 * {@code CLUSTER [table [USING index]]}, SQLite's {@code VACUUM} (always the whole database: no tables), and
 * MySQL's {@code OPTIMIZE [NO_WRITE_TO_BINLOG|LOCAL] TABLE a, b}.
 */
final class MaintenanceOperations implements OperationGrammar {

  @Override
  public Set<String> verbs() {
    return Set.of("VACUUM", "CLUSTER", "OPTIMIZE");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    Dialect dialect = source.dialect();
    Optional<Operation> read = Optional.empty();
    if (dialect == Dialect.POSTGRESQL && t.accept("VACUUM")) {
      read = vacuum(source);
    } else if (dialect == Dialect.SQLITE && t.accept("VACUUM")) {
      read = Optional.of(new Operation.Maintenance("VACUUM", List.of(), source.span()));
    } else if (dialect == Dialect.POSTGRESQL && t.accept("CLUSTER")) {
      read = cluster(source);
    } else if (dialect.isMysqlFamily() && t.accept("OPTIMIZE")) {
      t.acceptAny("NO_WRITE_TO_BINLOG", "LOCAL");
      if (t.accept("TABLE") || t.accept("TABLES")) {
        read = OperationTokens.paths(source).filter(tables -> t.atEnd())
            .map(tables -> new Operation.Maintenance("OPTIMIZE", tables, source.span()));
      }
    }
    return read.map(List::of).orElse(List.of());
  }

  private static Optional<Operation> vacuum(OperationSource source) {
    TokenCursor t = source.tokens();
    boolean full = false;
    if (t.peekSymbol('(')) {
      full = OperationTokens.optionOn(t, t.position(), "FULL");
      if (!t.group()) {
        return Optional.empty();
      }
    } else {
      Optional<String> option;
      while ((option = t.acceptAny("FULL", "FREEZE", "VERBOSE", "ANALYZE", "ANALYSE")).isPresent()) {
        full |= option.get().equals("FULL");
      }
    }
    List<ObjectPath> tables = new ArrayList<>();
    if (!t.atEnd()) {
      do {
        t.accept("ONLY");
        Optional<String> table = t.qualifiedName();
        if (table.isEmpty() || t.peekSymbol('(') && !t.group()) {
          return Optional.empty();
        }
        tables.add(source.path(table.get()));
      } while (t.acceptSymbol(','));
    }
    if (!t.atEnd()) {
      return Optional.empty();
    }
    return Optional.of(new Operation.Maintenance(full ? "VACUUM FULL" : "VACUUM", tables, source.span()));
  }

  /** {@code CLUSTER [VERBOSE | (options)] [table [USING index]]}, and the old {@code CLUSTER index ON table}. */
  private static Optional<Operation> cluster(OperationSource source) {
    TokenCursor t = source.tokens();
    if (t.peekSymbol('(') && !t.group()) {
      return Optional.empty();
    }
    t.accept("VERBOSE");
    List<ObjectPath> tables = new ArrayList<>();
    if (!t.atEnd()) {
      Optional<String> first = t.qualifiedName();
      if (first.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> table = t.accept("ON") ? t.qualifiedName() : first;
      if (table.isEmpty() || t.accept("USING") && t.name().isEmpty() || !t.atEnd()) {
        return Optional.empty();
      }
      tables.add(source.path(table.get()));
    }
    return Optional.of(new Operation.Maintenance("CLUSTER", tables, source.span()));
  }
}
